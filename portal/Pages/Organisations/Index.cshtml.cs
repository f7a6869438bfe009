using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Organisations;

/// <summary>The public list of organisations (Träger).</summary>
public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public IReadOnlyList<ListedOrganisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Organisations = (await graphQL.QueryAsync(OrganisationListData.Operation, cancellationToken: ct)).Organizations.Nodes;
}
