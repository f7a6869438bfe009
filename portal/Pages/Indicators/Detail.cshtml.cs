using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages.Indicators;

/// <summary>One indicator across all Sozialräume: choropleth and ranking for a year, the time series, the CSV download.</summary>
public sealed class DetailModel(GraphQLClient graphQL, IOptions<MapOptions> mapOptions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jahr")]
    public int? Year { get; set; }

    public IndicatorDetail Indicator { get; private set; } = null!;

    public IReadOnlyList<SpaceShape> Spaces { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The API's ranking of the year: most burdened first, spaces without a (published) value last.</summary>
    public IReadOnlyList<RankedSpace> Ranking { get; private set; } = [];

    public bool AnySuppressed => Ranking.Any(r => r.Suppressed || r.Trend.Direction == TrendDirection.Suppressed);

    /// <summary>A value in the table of all years is withheld: the table gets the footnote that explains •.</summary>
    public bool AnySeriesSuppressed => Values.Values.Any(v => v.Suppressed);

    public double? CityValue { get; private set; }

    public MapData? Map { get; private set; }

    public ChartData? Chart { get; private set; }

    public IReadOnlyDictionary<(string Space, int Year), SpaceValue> Values { get; private set; } = new Dictionary<(string, int), SpaceValue>();

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var data = await graphQL.QueryAsync(IndicatorDetailData.Operation, new { key, year = Year }, cancellationToken);
        if (data.Indicator is not { } indicator)
        {
            return NotFound();
        }

        Indicator = indicator;
        Spaces = data.SocialSpaces.Nodes;
        Values = indicator.Values.ToDictionary(v => (v.SocialSpace.Key, v.Year));
        Years = [.. indicator.Values.Select(v => v.Year).Union(indicator.CityValues.Select(c => c.Year)).Distinct().Order()];
        if (Years.Count == 0)
        {
            return Page();
        }

        // An unknown year (typed into the address) goes to the latest, whose ranking the API gives without a year.
        if (Year is { } asked && !Years.Contains(asked))
        {
            return RedirectToPage(new { key, jahr = (int?)null });
        }

        Year ??= Years[^1];
        CityValue = indicator.CityValues.FirstOrDefault(c => c.Year == Year)?.Value;
        Ranking = indicator.Ranking;
        Map = MapData.Choropleth("indikator-karte", $"{indicator.Name} je Sozialraum {Year}", Spaces,
            Ranking.Where(r => r.Value is not null).ToDictionary(r => r.SocialSpace.Key, r => r.Value!.Value),
            v => Format.Value(v, indicator.Series), mapOptions.Value);
        Chart = ChartData.Line("indikator-verlauf", $"{indicator.Name}: Stadt gesamt und alle Sozialräume, {Years[0]}–{Years[^1]}", Years,
            [
                new ChartSeries("Stadt gesamt", [.. Years.Select(year => indicator.CityValues.FirstOrDefault(c => c.Year == year)?.Value)]),
                .. Spaces.Select(s => new ChartSeries(s.Name, [.. Years.Select(year => Values.TryGetValue((s.Key, year), out var v) ? v.Value : null)], Emphasis: false)),
            ],
            Format.Unit(indicator.Unit, indicator.UnitLabel));
        return Page();
    }
}
