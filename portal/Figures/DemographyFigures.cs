using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>The age structure (bar chart) and the projection (line chart of the three variants) of a place, each beside its table.</summary>
public sealed record DemographyFigures(string PlaceName, AgeStructureData? Ages, ChartData? AgeChart, ProjectionData? Projection, ChartData? ProjectionChart)
{
    public bool AnySuppressed => Ages?.AgeGroups.Any(g => g.Suppressed) == true;

    public static DemographyFigures Create(string id, string placeName, DemographySpace? data)
    {
        var ages = data?.AgeStructure;
        var projection = data?.PopulationProjection;
        var ageChart = ages is null ? null : ChartData.Bar($"{id}-alter", $"Einwohner von {placeName} nach Altersgruppen am 31.12.{ages.Year}",
            [.. ages.AgeGroups.Select(g => g.Label)],
            [
                new ChartSeries("männlich", [.. ages.AgeGroups.Select(g => (double?)g.Male)]),
                new ChartSeries("weiblich", [.. ages.AgeGroups.Select(g => (double?)g.Female)]),
            ],
            "Einwohner");
        var projectionChart = projection is null ? null : ChartData.Line($"{id}-vorausberechnung",
            $"Vorausberechnete Einwohnerzahl von {placeName} bis {projection.BaseYear + projection.Horizon} in drei Varianten",
            [.. projection.Variants[0].Years.Select(y => y.Year)],
            projection.Variants.Select(v => new ChartSeries(v.Name, [.. v.Years.Select(y => (double?)y.Total)])),
            "Einwohner");
        return new DemographyFigures(placeName, ages, ageChart, projection, projectionChart);
    }

    /// <summary>Share of the group in percent; null when withheld.</summary>
    public static double? Share(AgeGroupCount group, int total) => group.Total is { } n && total > 0 ? 100.0 * n / total : null;
}
