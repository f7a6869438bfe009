using System.Globalization;
using SozialHub.Api.Analytics;

namespace SozialHub.Api.Demography;

/// <summary>Inhabitants of an age group; null counts are suppressed for this caller.</summary>
/// <param name="Confidential">A count of the group is below the suppression threshold (or hides one that is): not for the public.</param>
public sealed record AgeGroupValue(AgeGroup Group, int? Male, int? Female, int? Total, bool Suppressed, bool Confidential);

/// <summary>The population at the base date by age groups, for a space or the city.</summary>
public sealed record AgeStructure(int Year, int Total, IReadOnlyList<AgeGroupValue> AgeGroups, Computation Computation)
{
    /// <summary>
    /// Groups the single years. Small-number suppression (methods.md §3) for the public: a group total below the threshold
    /// is hidden, and when it is the only one, the next smallest group too (the space total is published); a small count of
    /// men or women hides both, since the published group total would give away the other.
    /// </summary>
    public static AgeStructure Of(int year, Cohorts cohorts, IReadOnlyList<int> bounds, int threshold, bool forPublic)
    {
        var sums = AgeGroupBounds.Sum(cohorts, AgeGroupBounds.Groups(bounds));
        var hiddenTotals = sums.Where(s => Suppression.IsSmall(s.Male + s.Female, threshold)).Select(s => s.Group).ToHashSet();
        if (hiddenTotals.Count == 1 && sums.Where(s => !hiddenTotals.Contains(s.Group)).MinBy(s => s.Male + s.Female) is { Group: { } next })
        {
            hiddenTotals.Add(next);
        }

        var groups = sums.Select(s =>
        {
            var hideTotal = hiddenTotals.Contains(s.Group);
            var hideSplit = hideTotal || Suppression.IsSmall(s.Male, threshold) || Suppression.IsSmall(s.Female, threshold);
            return new AgeGroupValue(
                s.Group,
                forPublic && hideSplit ? null : (int)s.Male,
                forPublic && hideSplit ? null : (int)s.Female,
                forPublic && hideTotal ? null : (int)(s.Male + s.Female),
                forPublic && hideSplit,
                hideSplit);
        }).ToList();
        return new AgeStructure(year, (int)cohorts.Total, groups, ComputationOf(year, bounds, threshold));
    }

    private static Computation ComputationOf(int year, IReadOnlyList<int> bounds, int threshold) => new(
        "Summe der Einwohner nach Einzelalter und Geschlecht je Altersgruppe. Für die Öffentlichkeit gesperrt (methods.md §3): " +
        "eine Gruppe unter der Schwelle und, wenn sie die einzige ist, die nächstkleinere; bei einer kleinen Zahl von Männern oder Frauen beide.",
        [
            new("Altersgruppen (Untergrenzen)", string.Join(", ", bounds.Select(b => b.ToString(CultureInfo.InvariantCulture)))),
            new("Sperrschwelle", threshold.ToString(CultureInfo.InvariantCulture)),
        ],
        [$"Bevölkerung am 31.12.{year} nach Einzelalter (0 bis 100+) und Geschlecht"]);
}

/// <summary>The projection seen from one space, or from the city (no space).</summary>
public sealed record AreaProjection(PopulationProjection Projection, int? SpaceId);

public sealed record ProjectedYear(int Year, Cohorts Cohorts);
