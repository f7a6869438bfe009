namespace SozialHub.Api.Demography;

/// <summary>What the projection reads, by single year of age and sex; <see cref="Stamp"/> names this state of the data.</summary>
/// <param name="Fertility">The loaded age-specific rates (women), before scaling to the total fertility rate; zeros when none.</param>
public sealed record DemographyInputs(
    string Stamp,
    int BaseYear,
    IReadOnlyDictionary<int, Cohorts> Population,
    Cohorts Survival,
    int? SurvivalYear,
    double[] Fertility,
    int? FertilityYear,
    IReadOnlyDictionary<int, Cohorts> NetMigration,
    int? MigrationYear);

/// <summary>A stored value as the projection reads it.</summary>
internal sealed record DemographicRow(int? SocialSpaceId, int Age, Sex Sex, double Value, int Year)
{
    public static Cohorts Table(IEnumerable<DemographicRow> rows)
    {
        var table = Cohorts.Empty(Ages.Count);
        foreach (var row in rows)
        {
            table.Of(row.Sex)[row.Age] += row.Value;
        }

        return table;
    }

    public static Dictionary<int, Cohorts> BySpace(IEnumerable<DemographicRow> rows) =>
        rows.Where(r => r.SocialSpaceId is not null).GroupBy(r => r.SocialSpaceId!.Value).ToDictionary(g => g.Key, g => Table(g));
}
