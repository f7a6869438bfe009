using System.Globalization;
using SozialHub.Api.Indicators;
using static SozialHub.Api.Analytics.GermanNumber;

namespace SozialHub.Api.Analytics;

/// <summary>The composite social index of a year: z-standardised status and dynamics, scores and classes (methods.md §4).</summary>
public static class SocialIndexCalculator
{
    public const string Method = "Sozialindex: Status- und Dynamikindex aus z-Werten (Methoden §4)";

    /// <summary>Mean, sample standard deviation (n − 1, as SPSS standardises) and the z-values, oriented: higher z = more burden.</summary>
    public sealed record Standardized(double Mean, double StandardDeviation, int Count, IReadOnlyDictionary<int, double> Z);

    public static Standardized? Standardize(IReadOnlyDictionary<int, double> values, Polarity polarity)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var mean = values.Values.Average();
        var sd = Math.Sqrt(values.Values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var sign = polarity == Polarity.HigherIsBetter ? -1 : 1;
        return new Standardized(mean, sd, values.Count, values.ToDictionary(v => v.Key, v => sd == 0 ? 0 : sign * (v.Value - mean) / sd));
    }

    /// <summary>Status class: 1 (hoch) up to the first cut-off, … 4 (sehr niedrig) above the last.</summary>
    public static int StatusClassOf(double score, IReadOnlyList<double> cutoffs)
    {
        var bound = 0;
        while (bound < cutoffs.Count && score > cutoffs[bound])
        {
            bound++;
        }

        return bound + 1;
    }

    public static DynamicsClass DynamicsClassOf(double score, IReadOnlyList<double> cutoffs) =>
        score < cutoffs[0] ? DynamicsClass.Positive : score <= cutoffs[1] ? DynamicsClass.Stable : DynamicsClass.Negative;

    /// <param name="status">The series of the status indicators, in the configured order.</param>
    public static SocialIndex Compute(int year, IReadOnlyList<IndicatorSeries> status, CityData city, AnalyticsOptions options)
    {
        var index = options.Index;
        var before = year - index.DynamicsYears;
        var eligible = city.Spaces
            .Where(s => city.PopulationOf(s, year) >= options.SmallPopulation && status.All(x => x.Of(s.Id, year) is not null))
            .ToList();
        var statusZ = status.Select(x => Standardize(eligible.ToDictionary(s => s.Id, s => x.Of(s.Id, year)!.Value), x.Indicator.Polarity)).ToList();
        var dynamicsZ = status.Select(x => Standardize(
            eligible.Where(s => x.Of(s.Id, before) is not null).ToDictionary(s => s.Id, s => x.Of(s.Id, year)!.Value - x.Of(s.Id, before)!.Value),
            x.Indicator.Polarity)).ToList();
        var parameters = Parameters(year, status, options);

        var entries = city.Spaces.Select(space =>
        {
            var isEligible = eligible.Contains(space);
            var statusScore = isEligible ? Mean(statusZ, space.Id) : null;
            var dynamicsScore = isEligible ? Mean(dynamicsZ, space.Id) : null;
            var confidential = isEligible && status.Any(x => Suppressed(x, space.Id, year, before));
            var inputs = isEligible
                ? status.Select((x, i) => $"{x.Indicator.Key}: Wert {Format(x.Of(space.Id, year)!.Value)} → z = {Format(statusZ[i]?.Z[space.Id], "0.00")}; "
                    + $"Veränderung {before}–{year} {Format(Change(x, space.Id, year, before))} Punkte → z = {Format(Z(dynamicsZ[i], space.Id), "0.00")}").ToList()
                : [Ineligible(space, year, status, city, options)];
            return new SocialIndexEntry(
                space.Id, year, isEligible, statusScore, dynamicsScore,
                statusScore is { } s ? StatusClassOf(s, index.StatusCutoffs) : null,
                dynamicsScore is { } d ? DynamicsClassOf(d, index.DynamicsCutoffs) : null,
                confidential,
                new Computation(Method, parameters, inputs),
                new Computation(Method, parameters, ["Punktwerte nicht veröffentlicht: ein Statuswert des Sozialraums unterliegt der Kleinzahlsperrung."]));
        }).ToList();

        var totals = status.Select((x, i) => (Confidential: eligible.Any(e => Suppressed(x, e.Id, year, before)), Text:
            $"{x.Indicator.Key} {year}: Mittel {Format(statusZ[i]?.Mean)}, Standardabweichung {Format(statusZ[i]?.StandardDeviation)} über {statusZ[i]?.Count ?? 0} Sozialräume; "
            + $"Veränderung {before}–{year}: Mittel {Format(dynamicsZ[i]?.Mean)}, Standardabweichung {Format(dynamicsZ[i]?.StandardDeviation)} über {dynamicsZ[i]?.Count ?? 0}")).ToList();
        var excluded = $"Einbezogen: {eligible.Count} von {city.Spaces.Count} Sozialräumen (ab {options.SmallPopulation} Einwohnern und mit allen Statuswerten)";
        return new SocialIndex(year, entries, [Group(true, year, status, city, entries, parameters), Group(false, year, status, city, entries, parameters)],
            new Computation(Method, parameters, [.. totals.Select(t => t.Text), excluded]),
            new Computation(Method, parameters, [.. totals.Select(t => t.Confidential ? "(Mittel und Standardabweichung gesperrt: ein einbezogener Wert unterliegt der Kleinzahlsperrung)" : t.Text), excluded]));
    }

    private static SocialIndexGroup Group(
        bool socialCity, int year, IReadOnlyList<IndicatorSeries> status, CityData city, List<SocialIndexEntry> entries, List<ComputationParameter> parameters)
    {
        var members = city.Spaces.Where(s => s.IsSocialCityArea == socialCity).ToList();
        var ids = members.Select(s => s.Id).ToHashSet();
        var scored = entries.Where(e => ids.Contains(e.SpaceId) && e.Eligible).ToList();
        var values = status.Select(x => new SocialIndexGroupValue(x.Indicator, x.AggregateOf(members, year))).ToList();
        var name = socialCity ? "Soziale Stadt / Sozialer Zusammenhalt" : "Übrige Sozialräume";
        return new SocialIndexGroup(
            socialCity ? "social-city" : "other", name, socialCity, members.Count, scored.Count,
            Average(scored.Select(e => e.StatusScore)), Average(scored.Select(e => e.DynamicsScore)), values, scored.Any(e => e.Confidential),
            new Computation("Gruppenvergleich: Mittel der Punktwerte, Statusindikatoren als Σ Zähler ÷ Σ Nenner der Gruppe", parameters,
                [$"{name}: {members.Count} Sozialräume, davon {scored.Count} im Index", .. values.Select(v => $"{v.Indicator.Key}: {v.Value?.Explanation ?? "keine Werte"}")]));
    }

    private static List<ComputationParameter> Parameters(int year, IReadOnlyList<IndicatorSeries> status, AnalyticsOptions options) =>
    [
        new("Jahr", year.ToString(CultureInfo.InvariantCulture)),
        new("Statusindikatoren", string.Join(", ", status.Select(s => s.Indicator.Key))),
        new("Dynamik: Veränderung über (Jahre)", options.Index.DynamicsYears.ToString(CultureInfo.InvariantCulture)),
        new("Standardisierung", "z = (x − Mittel) ÷ Standardabweichung (n − 1), höher = stärker belastet"),
        new("Statusklassen (Obergrenzen 1 hoch, 2 mittel, 3 niedrig; darüber 4 sehr niedrig)", string.Join("; ", options.Index.StatusCutoffs.Select(c => Format(c)))),
        new("Dynamikklassen (unter positiv, bis stabil, darüber negativ)", string.Join("; ", options.Index.DynamicsCutoffs.Select(c => Format(c)))),
        new("Mindestbevölkerung", options.SmallPopulation.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string Ineligible(SpaceInfo space, int year, IReadOnlyList<IndicatorSeries> status, CityData city, AnalyticsOptions options)
    {
        var missing = status.Where(x => x.Of(space.Id, year) is null).Select(x => x.Indicator.Key).ToList();
        return missing.Count > 0
            ? $"Nicht im Index: es fehlen Werte {year} für {string.Join(", ", missing)}"
            : $"Nicht im Index: {Format(city.PopulationOf(space, year), "#,##0")} Einwohner, weniger als {options.SmallPopulation}";
    }

    private static bool Suppressed(IndicatorSeries series, int spaceId, int year, int before) =>
        series.SuppressionOf(spaceId, year) != SuppressionReason.None || series.SuppressionOf(spaceId, before) != SuppressionReason.None;

    private static double? Change(IndicatorSeries series, int spaceId, int year, int before) =>
        series.Of(spaceId, year)?.Value - series.Of(spaceId, before)?.Value;

    private static double? Z(Standardized? standardized, int spaceId) =>
        standardized is not null && standardized.Z.TryGetValue(spaceId, out var z) ? z : null;

    /// <summary>The mean of one space's z-values; null unless every indicator has one.</summary>
    private static double? Mean(List<Standardized?> perIndicator, int spaceId)
    {
        var z = perIndicator.Select(s => Z(s, spaceId)).ToList();
        return z.Count > 0 && z.All(v => v is not null) ? z.Average() : null;
    }

    private static double? Average(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        return present.Count > 0 ? present.Average() : null;
    }
}
