using System.Globalization;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Reports;

/// <summary>How the report writes numbers, as the portal does: German digits, one decimal for rates, none for counts.</summary>
public static class ReportNumbers
{
    public const string Missing = "–";

    /// <summary>The mark of a value withheld for small numbers (methods.md §3).</summary>
    public const string Suppressed = "•";

    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Number(double? value, Indicator indicator, bool withheld = false, bool signed = false) => (value, withheld) switch
    {
        (_, true) => Suppressed,
        (null, _) => Missing,
        ({ } v, _) => v.ToString(Format(indicator, signed), German),
    };

    public static ReportCell Cell(double? value, Indicator indicator, bool withheld = false, bool signed = false) =>
        new(Number(value, indicator, withheld, signed), withheld ? null : value, withheld);

    public static string WithUnit(double? value, Indicator indicator, bool withheld) =>
        value is null || withheld || indicator.Unit == IndicatorUnit.Count
            ? Number(value, indicator, withheld)
            : $"{Number(value, indicator)} {indicator.Unit.Label()}";

    private static string Format(Indicator indicator, bool signed)
    {
        var digits = indicator.Unit == IndicatorUnit.Count ? "#,##0" : "#,##0.0";
        return signed ? $"+{digits};−{digits};{digits}" : digits;
    }
}
