using SozialHub.Api.Analytics;

namespace SozialHub.Api.Demography;

/// <summary>How the projection was computed, in the German of the other computations.</summary>
internal static class ProjectionComputation
{
    public const string Method =
        "Kohorten-Komponenten-Methode (methods.md §5), Jahr für Jahr: P(a+1, t+1) = P(a, t) · s(a) + M(a); die offene Altersgruppe " +
        "100+ behält ihre Überlebenden. Geburten B(t) = Σ f(a) · W(a, t) über die Frauen im gebärfähigen Alter, davon ein fester Anteil Jungen. " +
        "Varianten: der Wanderungssaldo mal dem Faktor der Variante. Negative Kohorten werden auf 0 gesetzt. " +
        "Die Stadt ist die Summe der Sozialräume. Angezeigt wird auf Vielfache der Rundungsstufe gerundet.";

    public static Computation Of(DemographyInputs inputs, DemographyOptions o, int horizon) => new(
        Method,
        [
            new("Basisjahr", $"31.12.{inputs.BaseYear}"),
            new("Horizont (Jahre)", horizon.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            GermanNumber.Parameter("Zusammengefasste Geburtenziffer (Kinder je Frau)", o.TotalFertilityRate),
            new("Gebärfähiges Alter", $"{o.FirstFertileAge} bis {o.LastFertileAge}"),
            GermanNumber.Parameter("Jungenanteil der Geburten", o.MaleShareOfBirths),
            GermanNumber.Parameter("Wanderungsfaktor niedrig", o.MigrationFactors[0]),
            GermanNumber.Parameter("Wanderungsfaktor mittel", o.MigrationFactors[1]),
            GermanNumber.Parameter("Wanderungsfaktor hoch", o.MigrationFactors[2]),
            GermanNumber.Parameter("Rundung auf Vielfache von", o.RoundTo),
        ],
        [
            $"Bevölkerung am 31.12.{inputs.BaseYear} nach Einzelalter (0 bis 100+) und Geschlecht: {inputs.Population.Count} Sozialräume, " +
            $"{GermanNumber.Format(inputs.Population.Values.Sum(p => p.Total), "#,##0")} Einwohner",
            $"Sterbetafel {inputs.SurvivalYear}: Überlebenswahrscheinlichkeit je Alter und Geschlecht",
            inputs.FertilityYear is { } year
                ? $"Geburtenziffern {year} nach Alter als Profil, skaliert auf die zusammengefasste Geburtenziffer"
                : "keine Geburtenziffern nach Alter geladen: die zusammengefasste Geburtenziffer gleichmäßig verteilt",
            inputs.MigrationYear is { } m
                ? $"Wanderungssaldo je Sozialraum, Alter und Geschlecht (Jahresdurchschnitt, Stand {m})"
                : "kein Wanderungssaldo geladen: ohne Wanderung gerechnet",
            $"Datenstand {inputs.Stamp}",
        ]);
}
