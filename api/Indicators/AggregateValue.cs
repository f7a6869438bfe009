using System.ComponentModel;
using System.Globalization;

namespace SozialHub.Api.Indicators;

[Description("How an aggregate was computed from the social spaces' values (methods.md §1).")]
public enum AggregationMethod
{
    [Description("Counts: the sum of the social spaces' values.")]
    Sum,

    [Description("Rates: the sum of the numerators ÷ the sum of the denominators × scale, never a mean of rates.")]
    RatioOfSums,

    [Description("Not aggregatable: neither a count nor a rate with numerator and denominator.")]
    None,
}

[Description("Why an aggregate has no value.")]
public enum AggregateProblem
{
    [Description("Some social spaces of the area have no value for the year; a total would be incomplete.")]
    MissingValues,

    [Description("Some social spaces have a rate without numerator and denominator; a mean of rates would be wrong.")]
    MissingCounts,

    [Description("The indicator is neither a count nor a rate with numerator and denominator.")]
    NotAdditive,
}

/// <summary>An indicator for an area (district or city) and year, computed from its social spaces, and how.</summary>
public sealed record AggregateValue(
    int Year, AggregationMethod Method, AggregateProblem? Problem, int InputCount, int SpaceCount, int WithoutCounts,
    double? Sum, double? Numerator, double? Denominator, int Scale)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public double? Value => Problem is not null ? null
        : Method == AggregationMethod.Sum ? Sum
        : Numerator / Denominator * Scale;

    /// <summary>The computation in words for planners (German, as the portal shows it).</summary>
    public string Explanation => Problem switch
    {
        AggregateProblem.NotAdditive =>
            "Der Indikator ist weder eine Anzahl noch eine Quote mit Zähler und Nenner; seine Werte lassen sich nicht zusammenfassen.",
        AggregateProblem.MissingValues =>
            $"Für {SpaceCount - InputCount} von {SpaceCount} Sozialräumen fehlt der Wert für {Year}; ein Gesamtwert wäre unvollständig.",
        AggregateProblem.MissingCounts =>
            $"{WithoutCounts} von {InputCount} Sozialräumen haben für {Year} nur eine Quote ohne Zähler und Nenner; ein Mittelwert von Quoten wäre falsch.",
        _ when Method == AggregationMethod.Sum => $"Summe der Werte von {InputCount} Sozialräumen: {Format(Sum)}.",
        _ => $"Summe der Zähler ({Format(Numerator)}) ÷ Summe der Nenner ({Format(Denominator)}) × {Scale} über {InputCount} Sozialräume – kein Mittelwert der Quoten.",
    };

    private static string Format(double? number) => number?.ToString("#,##0.##", German) ?? "–";
}
