using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.ActionFields;

public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public IReadOnlyList<ActionFieldSummary> ActionFields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        ActionFields = (await graphQL.QueryAsync(ActionFieldListData.Operation, cancellationToken: cancellationToken)).ActionFields.Nodes;
}
