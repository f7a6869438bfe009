using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.ActionFields;

/// <summary>One Handlungsfeld: description, related indicators with the latest city value, (later) goals, measures and discussion.</summary>
public sealed class DetailModel(GraphQLClient graphQL) : PageModel
{
    public ActionFieldDetail Field { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if ((await graphQL.QueryAsync(ActionFieldPageData.Operation, new { key }, cancellationToken)).ActionField is not { } field)
        {
            return NotFound();
        }

        Field = field;
        return Page();
    }
}
