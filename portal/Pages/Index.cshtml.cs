using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SozialHub.Portal.Figures;
using SozialHub.Portal.GraphQL;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Pages;

/// <summary>The city at a glance: a choropleth of a chosen indicator, the key figures with their course, the action fields.</summary>
public sealed class IndexModel(GraphQLClient graphQL, IOptions<StartPageOptions> options, IOptions<MapOptions> mapOptions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "karte")]
    public string? Chosen { get; set; }

    public MapIndicator? MapIndicator { get; private set; }

    public int? MapYear { get; private set; }

    public IReadOnlyList<(SpaceShape Space, SpaceValue? Value)> MapRows { get; private set; } = [];

    public MapData? Map { get; private set; }

    public IReadOnlyList<KeyFigure> KeyFigures { get; private set; } = [];

    public IReadOnlyList<KeyName> MapChoices { get; private set; } = [];

    public IReadOnlyList<KeyName> ActionFields { get; private set; } = [];

    public int Population => MapRows.Sum(r => r.Space.Population);

    public int SocialSpaceCount => MapRows.Count;

    public int DistrictCount => MapRows.Select(r => r.Space.District.Key).Distinct().Count();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var data = await graphQL.QueryAsync(StartPageData.Operation,
            new
            {
                mapIndicator = Chosen is { Length: > 0 } ? Chosen : settings.MapIndicator,
                keyIndicators = settings.KeyIndicatorsOrDefault,
                trendYears = settings.TrendYears,
            },
            cancellationToken);
        MapChoices = data.MapChoices.Nodes;
        ActionFields = data.ActionFields.Nodes;
        var byKey = data.KeyIndicators.Nodes.ToDictionary(i => i.Key);
        KeyFigures = [.. settings.KeyIndicatorsOrDefault.Where(byKey.ContainsKey).Select(k => KeyFigure.Of(byKey[k]))];

        MapIndicator = data.MapIndicator;
        MapYear = MapIndicator?.Values.Select(v => (int?)v.Year).Max();
        var values = MapIndicator?.Values.Where(v => v.Year == MapYear).ToDictionary(v => v.SocialSpace.Key) ?? [];
        MapRows = [.. data.SocialSpaces.Nodes.Select(s => (s, values.GetValueOrDefault(s.Key)))];
        if (MapIndicator is { } indicator && MapYear is { } year)
        {
            Map = MapData.Choropleth("start-karte", $"{indicator.Name} je Sozialraum {year}", data.SocialSpaces.Nodes,
                values.Where(v => v.Value.Value is not null).ToDictionary(v => v.Key, v => v.Value.Value!.Value), v => Format.Value(v, indicator.Series), mapOptions.Value);
        }
    }
}

/// <summary>A key figure: the city's latest value, the value at the start of the trend window, and the city's trend, as the API computed them.</summary>
public sealed record KeyFigure(IndicatorSeries Indicator, YearValue? Latest, YearValue? Earlier, IndicatorChange Trend)
{
    public static KeyFigure Of(KeyIndicator indicator)
    {
        var series = indicator.Series;
        var latest = series.LatestCityValue;
        var earlier = latest is null ? null : series.CityValues.FirstOrDefault(c => c.Year == latest.Year - indicator.CityTrend.Years && c.Value is not null);
        return new KeyFigure(series, latest, earlier, indicator.CityTrend);
    }
}
