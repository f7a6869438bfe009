using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Participation;

/// <summary>
/// The discussion under an action field or a Sozialraum: reads the comments itself, so that the pages only name
/// their target (Pages/Shared/_DiscussionPlace.cshtml). Forms post to the write page (Pages/Contributions).
/// </summary>
public sealed class DiscussionViewComponent(GraphQLClient graphQL) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string target)
    {
        var parsed = DiscussionTarget.Parse(target) ?? throw new ArgumentException($"'{target}' names no discussion.", nameof(target));
        var bySupport = Request.Query[DiscussionView.SortField] == DiscussionView.MostSupported;
        var data = await graphQL.QueryAsync(DiscussionData.Operation, new
        {
            actionField = parsed.ActionField,
            socialSpace = parsed.SocialSpace,
            sort = bySupport ? ContributionSort.MostSupported : ContributionSort.Newest,
        }, HttpContext.RequestAborted);
        return View(new DiscussionView(
            parsed,
            data.Contributions?.Nodes ?? [],
            bySupport,
            User.Identity?.IsAuthenticated == true,
            Request.Path + Request.QueryString,
            ViewingContext.From(key => Request.Query[key].FirstOrDefault(), parsed.SocialSpace),
            TempData[DiscussionView.NoticeKey] as string,
            new PostAs(data.OrganizationsToPostAs)));
    }
}
