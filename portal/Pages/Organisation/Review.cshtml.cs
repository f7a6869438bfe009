using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Organisations;

namespace SozialHub.Portal.Pages.Organisation;

/// <summary>Planners: verify new organisations, see every pending request to join.</summary>
[Authorize]
public sealed class ReviewModel(GraphQLClient graphQL) : TeamPageModel(graphQL)
{
    [BindProperty]
    public string? Organization { get; set; }

    public ReviewViewer Review { get; private set; } = null!;

    /// <summary>Signed in but not a planner: 403 (the status page says so in German).</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!User.IsInRole(Moderation.IndexModel.PlannerRole))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }

    public async Task OnGetAsync(CancellationToken ct) => Review = (await GraphQL.QueryAsync(OrganisationReviewData.Operation, cancellationToken: ct)).Viewer;

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken ct) =>
        RunAsync(TeamMutationData.VerifyOrganization, new { organization = Organization ?? "" }, "Die Organisation ist geprüft.", () => OnGetAsync(ct), ct);
}
