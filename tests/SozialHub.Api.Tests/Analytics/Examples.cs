using SozialHub.Api.Analytics;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>Indicators and options for the hand-computed examples of the method tests.</summary>
internal static class Examples
{
    public static Indicator Rate(int id = 1, Polarity polarity = Polarity.HigherIsWorse, int threshold = 3) => new()
    {
        Id = id, Key = $"rate{id}", Name = $"Quote {id}", Unit = IndicatorUnit.Percent, Polarity = polarity,
        NumeratorLabel = "Fälle", DenominatorLabel = "Einwohner", Scale = 100, SuppressionThreshold = threshold,
    };

    public static Indicator Count(int id = 2, Polarity polarity = Polarity.Context, int threshold = 3) => new()
    {
        Id = id, Key = $"count{id}", Name = $"Anzahl {id}", Unit = IndicatorUnit.Count, Polarity = polarity, SuppressionThreshold = threshold,
    };

    public static AnalyticsOptions Options()
    {
        var options = new AnalyticsOptions();
        options.ApplyDefaults();
        return options;
    }

    /// <summary>A rate cell: value = numerator ÷ denominator × 100.</summary>
    public static Cell RateCell(int space, int district, int year, double numerator, double denominator) =>
        new(space, district, year, numerator / denominator * 100, numerator, denominator);

    public static Cell CountCell(int space, int district, int year, double value) => new(space, district, year, value, null, null);
}
