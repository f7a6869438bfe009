using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;
using SozialHub.Portal.Planning;

namespace SozialHub.Portal.Pages.Planning;

/// <summary>Planners: the whole indicator catalogue, retired indicators too, with links to edit them.</summary>
public sealed class IndicatorsModel(GraphQLClient graphQL) : PlannerPageModel
{
    public IReadOnlyList<EditableIndicator> Indicators { get; private set; } = [];

    public string? Notice => TempData[BatchesModel.NoticeKey] as string;

    public async Task OnGetAsync(CancellationToken ct) =>
        Indicators = (await graphQL.QueryAsync(PlanningIndicatorsData.Operation, cancellationToken: ct)).Indicators.Nodes;
}
