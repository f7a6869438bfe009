using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Organisations;

namespace SozialHub.Portal.Pages.Organisation;

/// <summary>Owners (and planners): invite, remove, change roles, hand over ownership, decide requests, revoke invitations.</summary>
[Authorize]
public sealed class MembersModel(GraphQLClient graphQL, CurrentOrganisation current) : TeamPageModel(graphQL)
{
    /// <summary>The organisation (global id); without it the current organisation.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public TeamOrganisation? Team { get; private set; }

    /// <summary>The link of an invitation just made, to pass on by hand if the mail does not arrive.</summary>
    public string? InvitationLink => TempData["organisation:link"] as string;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Id ??= current.ChosenId;
        Team = Id is null ? null : (await GraphQL.QueryAsync(OrganisationTeamData.Operation, new { id = Id }, ct)).Node;
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        var role = Role == "OWNER" ? "OWNER" : "EDITOR";
        var result = await RunAsync(TeamMutationData.InviteMember, new { organization = Id ?? "", email = Email ?? "", role },
            $"{Email} ist eingeladen. Die Einladung ist 7 Tage gültig.", () => OnGetAsync(ct), ct, new { id = Id });
        if (LastToken is { } token)
        {
            TempData["organisation:link"] = $"{Request.Scheme}://{Request.Host}/organisation/einladung?token={Uri.EscapeDataString(token)}";
        }

        return result;
    }

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) => OnMemberAsync(TeamMutationData.RemoveMember, "Das Mitglied ist entfernt.", ct);

    public Task<IActionResult> OnPostHandOverAsync(CancellationToken ct) =>
        OnMemberAsync(TeamMutationData.HandOverOwnership, "Die Inhaberschaft ist übergeben; Sie sind jetzt Redakteur/in.", ct);

    public Task<IActionResult> OnPostRoleAsync(CancellationToken ct) =>
        RunAsync(TeamMutationData.ChangeMemberRole, new { member = Target ?? "", role = Role == "OWNER" ? "OWNER" : "EDITOR" },
            "Die Rolle ist geändert.", () => OnGetAsync(ct), ct, new { id = Id });

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => OnRequestAsync(TeamMutationData.ApproveMembershipRequest, "Die Anfrage ist angenommen.", ct);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken ct) => OnRequestAsync(TeamMutationData.DeclineMembershipRequest, "Die Anfrage ist abgelehnt.", ct);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) =>
        RunAsync(TeamMutationData.RevokeInvitation, new { invitation = Target ?? "" }, "Die Einladung ist zurückgezogen.", () => OnGetAsync(ct), ct, new { id = Id });

    private Task<IActionResult> OnMemberAsync(GraphQLOperation<TeamMutationData> operation, string done, CancellationToken ct) =>
        RunAsync(operation, new { member = Target ?? "" }, done, () => OnGetAsync(ct), ct, new { id = Id });

    private Task<IActionResult> OnRequestAsync(GraphQLOperation<TeamMutationData> operation, string done, CancellationToken ct) =>
        RunAsync(operation, new { request = Target ?? "" }, done, () => OnGetAsync(ct), ct, new { id = Id });
}
