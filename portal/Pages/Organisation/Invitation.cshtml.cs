using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Organisations;

namespace SozialHub.Portal.Pages.Organisation;

/// <summary>The invitation link's target: the signed-in person accepts (signing in first brings them back here).</summary>
[Authorize]
public sealed class InvitationModel(GraphQLClient graphQL) : TeamPageModel(graphQL)
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(TeamMutationData.AcceptInvitation, new { token = Token ?? "" }, "Willkommen! Sie gehören jetzt zur Organisation.", () => Task.CompletedTask, ct,
            new { token = (string?)null });
}
