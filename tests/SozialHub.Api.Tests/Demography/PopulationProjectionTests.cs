using SozialHub.Api.Demography;

namespace SozialHub.Api.Tests.Demography;

/// <summary>The three variants and the city over full age tables (0–100+), without a database.</summary>
public sealed class PopulationProjectionTests
{
    private static readonly DemographyOptions Options = Defaults();

    [Fact]
    public void The_city_is_the_sum_of_the_spaces_age_by_age_in_every_year_and_variant()
    {
        var projection = PopulationProjection.Compute(Inputs(arriving: 2), Options, horizon: 15);

        foreach (var variant in projection.Variants)
        {
            Assert.Equal(16, variant.City.Count); // the base year and 15 projected years
            for (var t = 0; t < variant.City.Count; t++)
            {
                for (var age = 0; age < Ages.Count; age++)
                {
                    Assert.Equal(variant.Spaces.Values.Sum(s => s[t].Male[age]), variant.City[t].Male[age], 9);
                    Assert.Equal(variant.Spaces.Values.Sum(s => s[t].Female[age]), variant.City[t].Female[age], 9);
                }
            }
        }
    }

    [Fact]
    public void With_people_arriving_low_middle_and_high_migration_are_ordered_every_year()
    {
        var projection = PopulationProjection.Compute(Inputs(arriving: 2), Options, horizon: 15);
        var (low, middle, high) = (projection.Variants[0], projection.Variants[1], projection.Variants[2]);

        Assert.Equal([ProjectionVariantKind.Low, ProjectionVariantKind.Middle, ProjectionVariantKind.High], projection.Variants.Select(v => v.Kind));
        for (var t = 1; t <= 15; t++)
        {
            Assert.True(low.City[t].Total <= middle.City[t].Total && middle.City[t].Total <= high.City[t].Total, $"year {t}");
        }

        Assert.True(high.City[15].Total - low.City[15].Total > 15 * 2 * 2 * 101 * 0.5); // at least the extra arrivals, less deaths
    }

    [Fact]
    public void Without_migration_the_variants_agree_and_the_population_ages()
    {
        var projection = PopulationProjection.Compute(Inputs(arriving: 0), Options, horizon: 5);

        Assert.Equal(projection.Variants[0].City[5].Total, projection.Variants[2].City[5].Total, 9);
        Assert.True(projection.Variants[1].City[5].Total < projection.Variants[1].City[0].Total); // 1.4 children per woman and deaths
        Assert.Contains("Summe der Sozialräume", projection.Computation.Method);
        Assert.Contains(projection.Computation.Parameters, p => p.Name == "Zusammengefasste Geburtenziffer (Kinder je Frau)" && p.Value == "1,4");
    }

    private static DemographyOptions Defaults()
    {
        var options = new DemographyOptions();
        options.ApplyDefaults();
        return options;
    }

    /// <summary>Two spaces of 10 and 5 people per age and sex; each age gains <paramref name="arriving"/> per sex and year.</summary>
    private static DemographyInputs Inputs(double arriving)
    {
        static Cohorts Flat(double value) => new(Enumerable.Repeat(value, Ages.Count).ToArray(), Enumerable.Repeat(value, Ages.Count).ToArray());
        var survival = new Cohorts(
            [.. Enumerable.Range(0, Ages.Count).Select(a => 1 - Math.Min(0.5, 0.0001 * Math.Exp(0.09 * a)))],
            [.. Enumerable.Range(0, Ages.Count).Select(a => 1 - Math.Min(0.5, 0.00006 * Math.Exp(0.09 * a)))]);
        return new DemographyInputs(
            "test", 2024, new Dictionary<int, Cohorts> { [1] = Flat(10), [2] = Flat(5) }, survival, 2024, new double[Ages.Count], null,
            new Dictionary<int, Cohorts> { [1] = Flat(arriving), [2] = Flat(arriving) }, 2024);
    }
}
