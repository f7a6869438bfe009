using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Organisations;

namespace SozialHub.Portal.Pages.Organisation;

/// <summary>My organisations: choose which one I act for, leave one, ask to join another; my invitations and requests.</summary>
[Authorize]
public sealed class IndexModel(GraphQLClient graphQL, CurrentOrganisation current) : TeamPageModel(graphQL)
{
    public OrganisationHomeData Home { get; private set; } = null!;

    public string? CurrentId { get; private set; }

    [BindProperty]
    public string? Organization { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Home = await GraphQL.QueryAsync(OrganisationHomeData.Operation, cancellationToken: ct);
        CurrentId = current.Of(Home.Viewer.Memberships.Select(m => m.Organization.Id));
    }

    public async Task<IActionResult> OnPostChooseAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var chosen = Home.Viewer.Memberships.FirstOrDefault(m => m.Organization.Id == Organization);
        if (chosen is null)
        {
            Errors["organization"] = "Sie können nur für eine Organisation handeln, der Sie angehören.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        current.Choose(chosen.Organization.Id);
        TempData["organisation:done"] = $"Sie handeln jetzt für {chosen.Organization.Name}.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostJoinAsync(CancellationToken ct) =>
        RunAsync(TeamMutationData.RequestMembership, new { organization = Organization ?? "", message = Message },
            "Ihre Anfrage ist gestellt. Die Inhaber der Organisation entscheiden darüber.", () => OnGetAsync(ct), ct);

    public Task<IActionResult> OnPostLeaveAsync(CancellationToken ct) =>
        RunAsync(TeamMutationData.LeaveOrganization, new { organization = Organization ?? "" }, "Sie haben die Organisation verlassen.", () => OnGetAsync(ct), ct);
}
