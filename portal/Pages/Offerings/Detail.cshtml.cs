using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Offerings;

/// <summary>One offering: description (sanitised HTML), organisation, opening hours, locations and when it was last checked.</summary>
public sealed class DetailModel(GraphQLClient graphQL) : PageModel
{
    public OfferingDetail Offering { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        // Global ids are base64 and may hold a "/", which travels as %2F and stays encoded in the route value; links are
        // written by hand because the portal lowercases the URLs it generates, which would break the id.
        var data = await graphQL.QueryAsync(OfferingDetailData.Operation, new { id = Uri.UnescapeDataString(id) }, cancellationToken);
        if (data.Node is not { Name: not null } offering)
        {
            return NotFound();
        }

        Offering = offering;
        return Page();
    }
}
