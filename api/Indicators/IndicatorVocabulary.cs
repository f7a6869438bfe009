namespace SozialHub.Api.Indicators;

/// <summary>How units and polarities are written in files (English tokens or German words).</summary>
public static class IndicatorVocabulary
{
    private static readonly Dictionary<string, IndicatorUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = IndicatorUnit.Count,
        ["Anzahl"] = IndicatorUnit.Count,
        ["%"] = IndicatorUnit.Percent,
        ["percent"] = IndicatorUnit.Percent,
        ["Prozent"] = IndicatorUnit.Percent,
        ["per 100"] = IndicatorUnit.Per100,
        ["je 100"] = IndicatorUnit.Per100,
        ["per 1000"] = IndicatorUnit.Per1000,
        ["per 1,000"] = IndicatorUnit.Per1000,
        ["je 1000"] = IndicatorUnit.Per1000,
        ["je 1.000"] = IndicatorUnit.Per1000,
        ["m²/inh."] = IndicatorUnit.SquareMetresPerInhabitant,
        ["m2/inh."] = IndicatorUnit.SquareMetresPerInhabitant,
        ["m²/EW"] = IndicatorUnit.SquareMetresPerInhabitant,
        ["m² je Einwohner"] = IndicatorUnit.SquareMetresPerInhabitant,
    };

    private static readonly Dictionary<string, Polarity> Polarities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["higher_is_worse"] = Polarity.HigherIsWorse,
        ["höher ist schlechter"] = Polarity.HigherIsWorse,
        ["higher_is_better"] = Polarity.HigherIsBetter,
        ["höher ist besser"] = Polarity.HigherIsBetter,
        ["context"] = Polarity.Context,
        ["Kontext"] = Polarity.Context,
    };

    public static bool TryParseUnit(string text, out IndicatorUnit unit) => Units.TryGetValue(text.Trim(), out unit);

    public static bool TryParsePolarity(string text, out Polarity polarity) => Polarities.TryGetValue(text.Trim(), out polarity);

    /// <summary>The unit as the UI shows it.</summary>
    public static string Label(this IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "Anzahl",
        IndicatorUnit.Percent => "%",
        IndicatorUnit.Per100 => "je 100",
        IndicatorUnit.Per1000 => "je 1.000",
        IndicatorUnit.SquareMetresPerInhabitant => "m² je Einw.",
        _ => unit.ToString(),
    };

    /// <summary>The scale a rate of this unit is multiplied by.</summary>
    public static int DefaultScale(this IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent or IndicatorUnit.Per100 => 100,
        IndicatorUnit.Per1000 => 1000,
        _ => 1,
    };
}
