using System.Globalization;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>How the portal writes indicator values: German digits, one decimal for rates, the unit after the number.</summary>
public static class Format
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Shown where there is no value; tables explain it in their caption or note.</summary>
    public const string Missing = "–";

    public static string Value(double? value, IndicatorUnit unit, string unitLabel) => value switch
    {
        null => Missing,
        _ when unit == IndicatorUnit.Count => value.Value.ToString("N0", German),
        _ => $"{value.Value.ToString("N1", German)} {unitLabel}",
    };

    public static string Value(double? value, IndicatorSeries indicator) => Value(value, indicator.Unit, indicator.UnitLabel);

    /// <summary>A number without unit, for table cells under a header that names the unit.</summary>
    public static string Number(double? value, IndicatorUnit unit) => value switch
    {
        null => Missing,
        _ when unit == IndicatorUnit.Count => value.Value.ToString("N0", German),
        _ => value.Value.ToString("N1", German),
    };

    public static string Count(int value) => value.ToString("N0", German);

    public static string Polarity(Polarity polarity) => polarity switch
    {
        GraphQL.Operations.Polarity.HigherIsWorse => "höher ist ungünstiger",
        GraphQL.Operations.Polarity.HigherIsBetter => "höher ist günstiger",
        _ => "Kontextindikator (ohne Wertung)",
    };

    public static string Unit(IndicatorUnit unit, string unitLabel) => unit == IndicatorUnit.Count ? "Anzahl" : unitLabel;
}
