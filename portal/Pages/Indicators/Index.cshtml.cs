using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Indicators;

/// <summary>The indicator catalogue, grouped by action field (indicators without one first: population and context).</summary>
public sealed class IndexModel(GraphQLClient graphQL) : PageModel
{
    public IReadOnlyList<IGrouping<CatalogActionField?, CatalogEntry>> Groups { get; private set; } = [];

    public int Count => Groups.Sum(g => g.Count());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(IndicatorCatalogData.Operation, cancellationToken: cancellationToken);
        Groups = [.. data.Indicators.Nodes.GroupBy(i => i.ActionField).OrderBy(g => g.Key?.SortOrder ?? int.MinValue)];
    }
}
