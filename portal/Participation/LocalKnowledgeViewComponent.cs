using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Participation;

/// <summary>Ortswissen on a Sozialraum profile: the list (and the map's markers) and, signed in, the form.</summary>
public sealed class LocalKnowledgeViewComponent(GraphQLClient graphQL) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string socialSpace)
    {
        var data = await graphQL.QueryAsync(LocalKnowledgeData.Operation, new { key = socialSpace }, HttpContext.RequestAborted);
        var returnUrl = Request.Path + Request.QueryString;
        return View(new LocalKnowledgeView(
            data.SocialSpace?.LocalKnowledge ?? [],
            User.Identity?.IsAuthenticated == true,
            new LocalKnowledgeForm(returnUrl, data.SocialSpaces.Nodes, socialSpace) { PostAs = new PostAs(data.OrganizationsToPostAs) },
            "/anmelden?returnUrl=" + Uri.EscapeDataString(returnUrl)));
    }
}

public sealed record LocalKnowledgeView(IReadOnlyList<LocalKnowledgeEntry> Entries, bool IsSignedIn, LocalKnowledgeForm Form, string SignInUrl);
