using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>How the portal writes the API's comparisons: deviation with its unit, the direction word, the rank.</summary>
public static class Compare
{
    /// <summary>Shown for a suppressed cell; the page's footnote explains it.</summary>
    public const string Suppressed = "•";

    public const string SuppressedNote = "Kleine Fallzahl, aus Datenschutzgründen nicht veröffentlicht";

    /// <summary>The deviation from the city with sign and unit: percentage points for %, points of the unit for other rates.</summary>
    public static string Deviation(double? deviation, IndicatorUnit unit, string unitLabel) => deviation switch
    {
        null => Format.Missing,
        { } d => $"{Signed(d, unit == IndicatorUnit.Count ? 0 : 1)}{DeviationUnit(unit, unitLabel)}",
    };

    /// <summary>The unit a deviation is written in, after the number.</summary>
    public static string DeviationUnit(IndicatorUnit unit, string unitLabel) => unit switch
    {
        IndicatorUnit.Count => "",
        IndicatorUnit.Percent => " Pp.",
        _ => $" {unitLabel}",
    };

    /// <summary>The German word for a direction; the page shows an arrow beside it, never instead of it.</summary>
    public static string Word(TrendDirection direction) => direction switch
    {
        TrendDirection.Improving => "verbessert",
        TrendDirection.Stable => "stabil",
        TrendDirection.Worsening => "verschlechtert",
        TrendDirection.Up => "steigend",
        TrendDirection.Down => "fallend",
        TrendDirection.Suppressed => Suppressed,
        _ => "zu wenige Daten",
    };

    /// <summary>Which way the value moved (↑ rose, ↓ fell, → within the stable band); the word says whether that is good.</summary>
    public static string Arrow(IndicatorChange trend) => trend.Direction switch
    {
        TrendDirection.Stable => "→",
        TrendDirection.NotEnoughData or TrendDirection.Suppressed => "",
        _ => trend.Change switch
        {
            > 0 => "↑",
            < 0 => "↓",
            _ => "",
        },
    };

    /// <summary>"3 von 28"; a dash when the space has no (published) rank.</summary>
    public static string Rank(int? rank, int? count) => rank is { } r && count is { } n ? $"{r} von {n}" : Format.Missing;

    /// <summary>With its sign as shown: a deviation that rounds to zero is ±0.</summary>
    private static string Signed(double value, int decimals)
    {
        var shown = Math.Round(value, decimals);
        return (shown > 0 ? "+" : shown < 0 ? "−" : "±") + Math.Abs(shown).ToString("N" + decimals, Format.German);
    }
}
