namespace SozialHub.Api.Demography;

/// <summary>An age group: from <see cref="From"/> to under <see cref="To"/>; the last group is open (To null).</summary>
public sealed record AgeGroup(int From, int? To)
{
    public string Label => To is { } to ? $"{From} bis unter {to}" : $"{From} und älter";

    public bool Holds(int age) => age >= From && (To is null || age < To);
}

/// <summary>Age groups from their lower bounds, e.g. 0, 3, 6 … 80 → 0 bis unter 3 … 80 und älter.</summary>
public static class AgeGroupBounds
{
    /// <summary>What is wrong with the bounds, or null.</summary>
    public static string? Problem(IReadOnlyList<int> bounds) =>
        bounds.Count == 0 || bounds[0] != 0 ? "the first bound must be 0."
        : bounds.Zip(bounds.Skip(1)).Any(p => p.First >= p.Second) ? "the bounds must ascend."
        : bounds[^1] > Ages.Open ? $"the bounds must not exceed {Ages.Open}."
        : null;

    public static List<AgeGroup> Groups(IReadOnlyList<int> bounds) =>
        [.. bounds.Select((from, i) => new AgeGroup(from, i + 1 < bounds.Count ? bounds[i + 1] : null))];

    /// <summary>Men and women per group.</summary>
    public static List<(AgeGroup Group, double Male, double Female)> Sum(Cohorts cohorts, IReadOnlyList<AgeGroup> groups) =>
        [.. groups.Select(g => (g, Range(cohorts.Male, g).Sum(), Range(cohorts.Female, g).Sum()))];

    private static IEnumerable<double> Range(double[] values, AgeGroup group) => values.Where((_, age) => group.Holds(age));
}
