namespace SozialHub.Api.Demography;

/// <summary>Numbers by single year of age for men and women; the last age is the open group ("and older").</summary>
public sealed record Cohorts(double[] Male, double[] Female)
{
    public static Cohorts Empty(int ages) => new(new double[ages], new double[ages]);

    public int Ages => Male.Length;

    public double Total => Male.Sum() + Female.Sum();

    public double[] Of(Sex sex) => sex == Sex.Male ? Male : Female;

    /// <summary>Adds another table age by age (the city is the sum of its spaces).</summary>
    public Cohorts Plus(Cohorts other) =>
        new([.. Male.Zip(other.Male, (a, b) => a + b)], [.. Female.Zip(other.Female, (a, b) => a + b)]);

    public static Cohorts Sum(IEnumerable<Cohorts> tables, int ages) => tables.Aggregate(Empty(ages), (sum, t) => sum.Plus(t));
}
