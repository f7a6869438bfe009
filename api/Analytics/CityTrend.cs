namespace SozialHub.Api.Analytics;

/// <summary>The change of the city value over a window of years, with its direction word (methods.md §2).</summary>
public static class CityTrend
{
    /// <summary>
    /// The city values (sums of numerators over sums of denominators) go through the same rule as a space's values:
    /// 4 of the last 6 years, both end points, the stable band. City values are published, so nothing is withheld.
    /// </summary>
    /// <param name="year">The last year of the window; by default the latest with a city value.</param>
    public static IndicatorChange Of(IndicatorSeries series, CityData city, int? year, int window, AnalyticsOptions options)
    {
        var values = series.Years
            .Select(y => (Year: y, series.AggregateOf(city.Spaces, y)?.Value))
            .Where(v => v.Value is not null)
            .ToDictionary(v => v.Year, v => v.Value!.Value);
        return (year ?? (values.Count == 0 ? null : values.Keys.Max())) is { } end
            ? Trend.Over(window, series.Indicator, values, end, new HashSet<int>(), options)
            : new IndicatorChange(window, null, Trend.IsRelative(series.Indicator), TrendDirection.NotEnoughData, false);
    }
}
