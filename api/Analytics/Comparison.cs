using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

/// <summary>
/// One space's value of an indicator in a year beside the city (methods.md §2), as planners see it. Callers without
/// the planner role get <see cref="ForPublic"/>: suppressed values, the figures derived from them and their ranks withheld.
/// </summary>
public sealed record Comparison(
    Indicator Indicator, int SpaceId, int Year, double? Value, AggregateValue? City, double? Deviation, double? Ratio,
    IReadOnlyList<IndicatorChange> Changes, IndicatorChange Trend, int? Rank, int RankCount, int? PublicRank, int PublicRankCount,
    SuppressionReason Suppression, bool SmallPopulation, Computation Computation)
{
    public double? CityValue => City?.Value;

    /// <summary>Suppression applies to the value (planners see it, marked confidential).</summary>
    public bool Confidential => Suppression != SuppressionReason.None;

    /// <summary>The value is withheld from this caller.</summary>
    public bool Withheld { get; private init; }

    public Comparison ForPublic() => this with
    {
        Value = Confidential ? null : Value,
        Deviation = Confidential ? null : Deviation,
        Ratio = Confidential ? null : Ratio,
        Changes = [.. Changes.Select(c => c.ForPublic())],
        Trend = Trend.ForPublic(),
        Rank = PublicRank,
        RankCount = PublicRankCount,
        Withheld = Confidential,
    };
}

/// <summary>Comparison with the city, changes, direction and rank for every social space (methods.md §2).</summary>
public static class Comparisons
{
    public const string Method = "Vergleich mit dem Stadtwert, Veränderung und Rang (Methoden §2)";

    /// <summary>One comparison per social space of the city, in the order of <see cref="CityData.Spaces"/>.</summary>
    public static IReadOnlyList<Comparison> ForYear(IndicatorSeries series, CityData city, int year, AnalyticsOptions options)
    {
        var indicator = series.Indicator;
        var cells = series.In(year);
        var cityValue = series.AggregateOf(city.Spaces, year);
        var ranks = Ranking.Rank(cells.Select(c => (c.SpaceId, c.Value)), indicator.Polarity);
        var publicRanks = Ranking.Rank(
            cells.Where(c => series.SuppressionOf(c.SpaceId, year) == SuppressionReason.None).Select(c => (c.SpaceId, c.Value)), indicator.Polarity);
        return [.. city.Spaces.Select(space =>
        {
            var value = series.Of(space.Id, year)?.Value;
            var values = series.ValuesOf(space.Id);
            var suppressedYears = series.SuppressedYearsOf(space.Id);
            var changes = options.ChangeWindows.Select(w => Trend.Over(w, indicator, values, year, suppressedYears, options)).ToList();
            var trend = Trend.Over(options.TrendWindow, indicator, values, year, suppressedYears, options);
            var reference = cityValue?.Value;
            var population = city.PopulationOf(space, year);
            var small = population < options.SmallPopulation;
            return new Comparison(
                indicator, space.Id, year, value, cityValue,
                value - reference,
                reference is null or 0 ? null : value / reference,
                changes, trend,
                ranks.TryGetValue(space.Id, out var rank) ? rank : null, ranks.Count,
                publicRanks.TryGetValue(space.Id, out var publicRank) ? publicRank : null, publicRanks.Count,
                series.SuppressionOf(space.Id, year), small,
                Explain(indicator, cityValue, values, year, series.SuppressionOf(space.Id, year), small ? population : null, options));
        })];
    }

    private static Computation Explain(
        Indicator indicator, AggregateValue? city, Dictionary<int, double> values, int year, SuppressionReason suppression, double? smallPopulation,
        AnalyticsOptions options)
    {
        var relative = Trend.IsRelative(indicator);
        var first = year - options.TrendYears + 1;
        var present = Enumerable.Range(first, options.TrendYears).Count(values.ContainsKey);
        List<string> inputs =
        [
            indicator.IsRate ? $"Wert des Sozialraums {year}: Zähler ÷ Nenner × {indicator.Scale}" : $"Wert des Sozialraums {year} wie geliefert",
            $"Stadtwert {year}: {city?.Explanation ?? "keine Werte"}",
            $"Abweichung = Wert − Stadtwert ({(indicator.IsRate ? "Prozentpunkte bzw. Punkte der Einheit" : "in der Einheit")}); Verhältnis = Wert ÷ Stadtwert",
            $"Jahreswerte {first}–{year} vorhanden: {present} von {options.TrendYears}",
            relative ? "Veränderung einer Anzahl: relativ, in % des früheren Werts" : "Veränderung: Differenz in Prozentpunkten bzw. Punkten der Einheit",
            $"Rang: 1 = am stärksten belastet ({PolarityText(indicator.Polarity)})",
        ];
        if (suppression != SuppressionReason.None)
        {
            inputs.Add(suppression == SuppressionReason.Primary
                ? $"Primäre Sperrung: eine Fallzahl unter {indicator.SuppressionThreshold}"
                : "Sekundäre Sperrung: sonst ließe sich ein gesperrter Wert aus der Stadtteilsumme zurückrechnen");
        }

        if (smallPopulation is { } population)
        {
            inputs.Add($"Kleiner Sozialraum: {GermanNumber.Format(population, "#,##0")} Einwohner (unter {options.SmallPopulation}), Werte schwanken stark");
        }

        return new Computation(Method, Parameters(indicator, year, options), inputs);
    }

    private static List<ComputationParameter> Parameters(Indicator indicator, int year, AnalyticsOptions options) =>
    [
        new("Jahr", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Veränderungsfenster (Jahre)", string.Join(", ", options.ChangeWindows)),
        new("Trendrichtung aus der Veränderung über (Jahre)", options.TrendWindow.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Mindestzahl Jahreswerte für einen Trend", $"{options.TrendMinimumValues} der letzten {options.TrendYears}"),
        Trend.IsRelative(indicator)
            ? new("Stabilitätsband (%)", $"±{GermanNumber.Format(options.StableBandPercent)}")
            : new("Stabilitätsband (Punkte)", $"±{GermanNumber.Format(options.StableBandPoints)}"),
        new("Polarität", PolarityText(indicator.Polarity)),
        new("Sperrgrenze (Fallzahl)", indicator.SuppressionThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Kleiner Sozialraum unter (Einwohner)", options.SmallPopulation.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    private static string PolarityText(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsWorse => "höher ist schlechter",
        Polarity.HigherIsBetter => "höher ist besser",
        _ => "Kontext, nicht bewertet",
    };
}
