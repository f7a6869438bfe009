using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>One indicator over the years for a place beside the city: a chart and the table with the same numbers.</summary>
public sealed record TimeSeries(IndicatorSeries Indicator, string PlaceName, IReadOnlyList<TimeSeriesRow> Rows, ChartData Chart)
{
    public static TimeSeries Create(string id, IndicatorSeries indicator, string placeName, IReadOnlyDictionary<int, double> placeValues)
    {
        var city = indicator.CityValues.ToDictionary(v => v.Year, v => v.Value);
        var years = placeValues.Keys.Union(city.Keys).Order().ToList();
        var rows = years.Select(y => new TimeSeriesRow(y, placeValues.TryGetValue(y, out var v) ? v : null, city.GetValueOrDefault(y))).ToList();
        var chart = ChartData.Line(id, $"{indicator.Name}: {placeName} und Stadt, {years.FirstOrDefault()}–{years.LastOrDefault()}", years,
            [new ChartSeries(placeName, [.. rows.Select(r => r.Value)]), new ChartSeries("Stadt gesamt", [.. rows.Select(r => r.CityValue)])],
            Format.Unit(indicator.Unit, indicator.UnitLabel));
        return new TimeSeries(indicator, placeName, rows, chart);
    }
}

public sealed record TimeSeriesRow(int Year, double? Value, double? CityValue);
