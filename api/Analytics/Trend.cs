using System.ComponentModel;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

[Description("The direction word of a change (methods.md §2). Context indicators are not judged: they go UP or DOWN.")]
public enum TrendDirection
{
    [Description("The change lowers the burden beyond the stable band.")]
    Improving,

    [Description("The change stays within the stable band.")]
    Stable,

    [Description("The change raises the burden beyond the stable band.")]
    Worsening,

    [Description("Too few yearly values for a trend (or a missing end point); never a guess.")]
    NotEnoughData,

    [Description("A context indicator rose beyond the stable band (not judged).")]
    Up,

    [Description("A context indicator fell beyond the stable band (not judged).")]
    Down,

    [Description("The change involves a suppressed value and is not published (methods.md §3).")]
    Suppressed,
}

/// <summary>The change of one space's value over a window of years ending in the comparison year.</summary>
/// <param name="Change">Percentage points (or the unit's points) for rates and other non-counts; percent for counts.</param>
/// <param name="InvolvesSuppressed">A value at either end is suppressed: the change must not reach non-planners.</param>
public sealed record IndicatorChange(int Years, double? Change, bool Relative, TrendDirection Direction, bool InvolvesSuppressed)
{
    /// <summary>What a caller without the planner role sees.</summary>
    public IndicatorChange ForPublic() => InvolvesSuppressed ? this with { Change = null, Direction = TrendDirection.Suppressed } : this;
}

/// <summary>Changes over windows and their direction words (methods.md §2).</summary>
public static class Trend
{
    /// <summary>A trend needs at least <see cref="AnalyticsOptions.TrendMinimumValues"/> of the last <see cref="AnalyticsOptions.TrendYears"/> yearly values.</summary>
    public static bool HasEnoughData(IReadOnlyDictionary<int, double> valuesByYear, int year, AnalyticsOptions options) =>
        Enumerable.Range(year - options.TrendYears + 1, options.TrendYears).Count(valuesByYear.ContainsKey) >= options.TrendMinimumValues;

    /// <summary>Counts change relatively (in percent of the earlier value), everything else by difference.</summary>
    public static bool IsRelative(Indicator indicator) => indicator.Unit == IndicatorUnit.Count;

    public static double? ChangeOf(double from, double to, bool relative) =>
        !relative ? to - from
        : from == 0 ? null
        : (to - from) / Math.Abs(from) * 100;

    public static TrendDirection DirectionOf(double? change, Polarity polarity, double band) => change switch
    {
        null => TrendDirection.NotEnoughData,
        { } c when Math.Abs(c) <= band => TrendDirection.Stable,
        { } c => (polarity, c > 0) switch
        {
            (Polarity.HigherIsWorse, true) or (Polarity.HigherIsBetter, false) => TrendDirection.Worsening,
            (Polarity.HigherIsWorse, false) or (Polarity.HigherIsBetter, true) => TrendDirection.Improving,
            (_, true) => TrendDirection.Up,
            _ => TrendDirection.Down,
        },
    };

    /// <summary>The change of one space's value over <paramref name="years"/> years ending in <paramref name="year"/>.</summary>
    /// <param name="suppressedYears">Years whose value is suppressed for this space.</param>
    public static IndicatorChange Over(
        int years, Indicator indicator, IReadOnlyDictionary<int, double> valuesByYear, int year, IReadOnlySet<int> suppressedYears, AnalyticsOptions options)
    {
        var relative = IsRelative(indicator);
        var from = year - years;
        double? change = HasEnoughData(valuesByYear, year, options) && valuesByYear.TryGetValue(from, out var then) && valuesByYear.TryGetValue(year, out var now)
            ? ChangeOf(then, now, relative)
            : null;
        var involvesSuppressed = change is not null && (suppressedYears.Contains(year) || suppressedYears.Contains(from));
        var band = relative ? options.StableBandPercent : options.StableBandPoints;
        return new IndicatorChange(years, change, relative, DirectionOf(change, indicator.Polarity, band), involvesSuppressed);
    }
}
