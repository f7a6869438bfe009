using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Organisations;

/// <summary>The public profile of an organisation: description, badge, contacts, offerings, facilities, confirmed cooperations, networks.</summary>
public sealed class ProfileModel(GraphQLClient graphQL) : PageModel
{
    public PublicOrganisation Organisation { get; private set; } = null!;

    /// <summary>Only confirmed cooperations are public (planners would see proposals in the API too).</summary>
    public IEnumerable<OrganisationCooperation> Cooperations => Organisation.Cooperations.Where(c => c.IsConfirmed);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var organisation = (await graphQL.QueryAsync(OrganisationProfileData.Operation, new { id = Uri.UnescapeDataString(id) }, ct)).Node;
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        return Page();
    }

    public static string Link(string id) => "/organisationen/" + Uri.EscapeDataString(id);

    public static string StatusLabel(OfferingStatus status) => status switch
    {
        OfferingStatus.Active => "aktiv",
        OfferingStatus.Inactive => "ruht",
        OfferingStatus.TemporarilyClosed => "vorübergehend geschlossen",
        _ => "beendet",
    };
}
