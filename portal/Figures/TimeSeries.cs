using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>One indicator over the years for a place beside the city: a chart and the table with the same numbers.</summary>
public sealed record TimeSeries(IndicatorSeries Indicator, string PlaceName, IReadOnlyList<TimeSeriesRow> Rows, ChartData Chart)
{
    /// <summary>A year is withheld in the table: it gets the footnote that explains •.</summary>
    public bool AnySuppressed => Rows.Any(r => r.Suppressed);

    /// <param name="placeValues">The place's values by year; a withheld one has no number and is marked suppressed.</param>
    public static TimeSeries Create(string id, IndicatorSeries indicator, string placeName, IReadOnlyDictionary<int, (double? Value, bool Suppressed)> placeValues)
    {
        var city = indicator.CityValues.ToDictionary(v => v.Year, v => v.Value);
        var years = placeValues.Keys.Union(city.Keys).Order().ToList();
        var rows = years.Select(y => placeValues.TryGetValue(y, out var v)
            ? new TimeSeriesRow(y, v.Suppressed ? null : v.Value, city.GetValueOrDefault(y), v.Suppressed)
            : new TimeSeriesRow(y, null, city.GetValueOrDefault(y), false)).ToList();
        var chart = ChartData.Line(id, $"{indicator.Name}: {placeName} und Stadt, {years.FirstOrDefault()}–{years.LastOrDefault()}", years,
            [new ChartSeries(placeName, [.. rows.Select(r => r.Value)]), new ChartSeries("Stadt gesamt", [.. rows.Select(r => r.CityValue)])],
            Format.Unit(indicator.Unit, indicator.UnitLabel));
        return new TimeSeries(indicator, placeName, rows, chart);
    }
}

/// <summary>A year of a series: no value is "–" (no data), a suppressed one "•" (withheld, small numbers).</summary>
public sealed record TimeSeriesRow(int Year, double? Value, double? CityValue, bool Suppressed = false);
