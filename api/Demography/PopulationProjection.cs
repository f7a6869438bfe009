using SozialHub.Api.Analytics;

namespace SozialHub.Api.Demography;

public enum ProjectionVariantKind
{
    Low,
    Middle,
    High,
}

/// <summary>One variant over all spaces; the city is the sum of the spaces, age by age and year by year.</summary>
public sealed record ProjectionVariant(ProjectionVariantKind Kind, double MigrationFactor, IReadOnlyDictionary<int, List<Cohorts>> Spaces, List<Cohorts> City)
{
    public string Name => Kind switch
    {
        ProjectionVariantKind.Low => "niedrige Zuwanderung",
        ProjectionVariantKind.Middle => "mittlere Zuwanderung",
        _ => "hohe Zuwanderung",
    };

    /// <summary>The years of a space, or of the city for null; a space without a base population has none.</summary>
    public List<Cohorts>? Of(int? spaceId) => spaceId is { } id ? Spaces.GetValueOrDefault(id) : City;
}

/// <summary>The projection of the whole city in three variants (methods.md §5).</summary>
public sealed record PopulationProjection(int BaseYear, int Horizon, IReadOnlyList<ProjectionVariant> Variants, Computation Computation)
{
    /// <summary>Runs every variant for every space.</summary>
    public static PopulationProjection Compute(DemographyInputs inputs, DemographyOptions options, int horizon)
    {
        var fertility = Fertility(inputs.Fertility, options);
        var none = Cohorts.Empty(Ages.Count);
        var variants = Enum.GetValues<ProjectionVariantKind>().Select((kind, i) =>
        {
            var factor = options.MigrationFactors[i];
            var spaces = inputs.Population.ToDictionary(p => p.Key, p =>
                CohortComponent.Project(p.Value, new ProjectionRates(inputs.Survival, fertility, inputs.NetMigration.GetValueOrDefault(p.Key, none), options.MaleShareOfBirths), factor, horizon));
            var city = Enumerable.Range(0, horizon + 1).Select(t => Cohorts.Sum(spaces.Values.Select(years => years[t]), Ages.Count)).ToList();
            return new ProjectionVariant(kind, factor, spaces, city);
        }).ToList();
        return new PopulationProjection(inputs.BaseYear, horizon, variants, ProjectionComputation.Of(inputs, options, horizon));
    }

    /// <summary>
    /// The loaded age profile within the fertile ages scaled so that it sums to the total fertility rate; spread evenly
    /// over those ages when no profile is loaded.
    /// </summary>
    public static double[] Fertility(double[] profile, DemographyOptions options)
    {
        var rates = new double[profile.Length];
        var ages = Enumerable.Range(options.FirstFertileAge, options.LastFertileAge - options.FirstFertileAge + 1).Where(a => a < rates.Length).ToList();
        var sum = ages.Sum(a => profile[a]);
        foreach (var age in ages)
        {
            rates[age] = options.TotalFertilityRate * (sum > 0 ? profile[age] / sum : 1.0 / ages.Count);
        }

        return rates;
    }

    /// <summary>Rounded for display (methods.md §5: multiples of 10 by default).</summary>
    public static int Rounded(double value, int step) => (int)(Math.Round(value / step, MidpointRounding.AwayFromZero) * step);
}
