using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Monitoring;

/// <summary>Planners' monitoring: all Sozialräume × chosen indicators as a heat table beside the city, and the social index map.</summary>
[Authorize]
[PlannersOnly]
public sealed class IndexModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kennzahl")]
    public List<string> Chosen { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "jahr")]
    public int? Year { get; set; }

    public IReadOnlyList<CatalogChoice> Catalog { get; private set; } = [];

    public IReadOnlyList<MonitoredIndicator> Indicators { get; private set; } = [];

    /// <summary>The years with every status indicator's city value, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<SpaceShape> Spaces { get; private set; } = [];

    public IReadOnlyDictionary<string, SocialIndexEntry> Index { get; private set; } = new Dictionary<string, SocialIndexEntry>();

    public int? IndexYear { get; private set; }

    public MapData? Map { get; private set; }

    public MonitoredCell? CellOf(MonitoredIndicator indicator, string space) => indicator.Ranking.FirstOrDefault(c => c.SocialSpace.Key == space);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        object where = Chosen.Count == 0 ? new { inStatusIndex = new { eq = true } } : new { key = new { @in = Chosen } };
        // Two operations: the heat table and the social index with the outlines together pass the API's cost limit.
        var tableTask = graphQL.QueryAsync(MonitoringTableData.Operation, new { where, year = Year }, cancellationToken);
        var index = await graphQL.QueryAsync(SocialIndexPageData.Operation, new { year = Year }, cancellationToken);
        var table = await tableTask;
        Catalog = table.Catalog.Nodes;
        Indicators = table.Chosen.Nodes;
        Chosen = [.. Indicators.Select(i => i.Key)];
        Spaces = index.SocialSpaces.Nodes;
        var cityYears = index.StatusIndicators.Nodes.Select(i => i.CityValues.Where(c => c.Value is not null).Select(c => c.Year).ToHashSet()).ToList();
        Years = cityYears.Count == 0 ? [] : [.. cityYears.Aggregate((all, years) => [.. all.Intersect(years)]).OrderDescending()];
        if (index.SocialIndex is { } socialIndex)
        {
            IndexYear = socialIndex.Year;
            Index = socialIndex.Entries.ToDictionary(e => e.SocialSpace.Key);
            var classes = socialIndex.Entries.Where(e => e.StatusClass is not null)
                .ToDictionary(e => e.SocialSpace.Key, e => (e.StatusClass!.Value, SocialIndexLabels.Combined(e)));
            var legend = SocialIndexLabels.StatusClasses.Select(c => new LegendClass(c, $"Status {c}: {SocialIndexLabels.Status(c)}")).ToList();
            Map = MapData.Classes("monitoring-karte", $"Sozialindex {socialIndex.Year}: Statusklasse je Sozialraum", Spaces, classes, legend, mapOptions.Value);
        }
    }
}
