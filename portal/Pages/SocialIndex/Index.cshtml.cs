using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.SocialIndex;

/// <summary>The social index of a year (methods.md §4): a map of the classes, the same as a table, the Soziale-Stadt group beside the rest, the method.</summary>
public sealed class IndexModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jahr")]
    public int? Year { get; set; }

    public SocialIndexData? Index { get; private set; }

    /// <summary>The years with every status indicator's city value, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The spaces with their entry, the Soziale-Stadt spaces first (the programme's group), each by name.</summary>
    public IReadOnlyList<IGrouping<bool, (SpaceShape Space, SocialIndexEntry? Entry)>> Rows { get; private set; } = [];

    public IReadOnlyList<SocialIndexGroup> Groups { get; private set; } = [];

    public MapData? Map { get; private set; }

    public bool AnySuppressed => Rows.SelectMany(g => g).Any(r => r.Entry is { Suppressed: true });

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var variables = new { year = Year };
        // Two operations: entries and groups together with their computations weigh more than the API's cost limit.
        var pageTask = graphQL.QueryAsync(SocialIndexPageData.Operation, variables, cancellationToken);
        var groupsTask = graphQL.QueryAsync(SocialIndexGroupsData.Operation, variables, cancellationToken);
        var data = await pageTask;
        var groups = await groupsTask;
        var cityYears = data.StatusIndicators.Nodes.Select(i => i.CityValues.Where(c => c.Value is not null).Select(c => c.Year).ToHashSet()).ToList();
        Years = cityYears.Count == 0 ? [] : [.. cityYears.Aggregate((all, years) => [.. all.Intersect(years)]).OrderDescending()];
        if (data.SocialIndex is not { } index)
        {
            // A year without an index (typed into the address) goes to the latest.
            return Year is null ? Page() : RedirectToPage(new { jahr = (int?)null });
        }

        Index = index;
        Year = index.Year;
        Groups = groups.SocialIndex?.Groups ?? [];
        var entries = index.Entries.ToDictionary(e => e.SocialSpace.Key);
        Rows = [.. data.SocialSpaces.Nodes
            .Select(s => (Space: s, Entry: entries.GetValueOrDefault(s.Key)))
            .GroupBy(r => r.Space.IsSocialCityArea)
            .OrderByDescending(g => g.Key)];
        var classes = index.Entries.Where(e => e.StatusClass is not null)
            .ToDictionary(e => e.SocialSpace.Key, e => (e.StatusClass!.Value, SocialIndexLabels.Combined(e)));
        var legend = SocialIndexLabels.StatusClasses.Select(c => new LegendClass(c, $"Status {c}: {SocialIndexLabels.Status(c)}")).ToList();
        Map = MapData.Classes("sozialindex-karte", $"Sozialindex {index.Year}: Statusklasse je Sozialraum", data.SocialSpaces.Nodes, classes, legend, mapOptions.Value);
        return Page();
    }
}
