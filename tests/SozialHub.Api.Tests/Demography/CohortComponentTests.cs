using SozialHub.Api.Demography;

namespace SozialHub.Api.Tests.Demography;

/// <summary>The cohort-component step of methods.md §5 against numbers worked out by hand.</summary>
public sealed class CohortComponentTests
{
    // Four ages: 0, 1, 2 and the open group 3+. Boys' share 0.6 so that a swapped split would show.
    private static readonly Cohorts Start = new([10, 10, 10, 10], [10, 20, 10, 10]);

    private static readonly ProjectionRates Rates = new(
        Survival: new([0.9, 0.8, 0.5, 0.5], [1.0, 0.9, 0.5, 0.5]),
        Fertility: [0, 0.1, 0.2, 0],
        NetMigration: new([1, 0, 2, 0], [0, 2, 0, 1]),
        MaleShareOfBirths: 0.6);

    [Fact]
    public void A_tiny_population_over_two_years_matches_the_hand_computation()
    {
        var years = CohortComponent.Project(Start, Rates, migrationFactor: 1, years: 2);

        // Year 1. Births B = 0.1 · 20 + 0.2 · 10 = 4 → 2.4 boys, 1.6 girls.
        // Men:   age 1 = 10 · 0.9 + 1 = 10; age 2 = 10 · 0.8 + 0 = 8;
        //        3+ = 10 · 0.5 + 2 (from age 2) + 10 · 0.5 + 0 (the open group stays) = 12.
        // Women: age 1 = 10 · 1.0 + 0 = 10; age 2 = 20 · 0.9 + 2 = 20; 3+ = 10 · 0.5 + 0 + 10 · 0.5 + 1 = 11.
        AssertCohorts(new([2.4, 10, 8, 12], [1.6, 10, 20, 11]), years[1]);

        // Year 2. Births B = 0.1 · 10 + 0.2 · 20 = 5 → 3 boys, 2 girls.
        // Men:   age 1 = 2.4 · 0.9 + 1 = 3.16; age 2 = 10 · 0.8 + 0 = 8; 3+ = 8 · 0.5 + 2 + 12 · 0.5 + 0 = 12.
        // Women: age 1 = 1.6 · 1.0 + 0 = 1.6; age 2 = 10 · 0.9 + 2 = 11; 3+ = 20 · 0.5 + 0 + 11 · 0.5 + 1 = 16.5.
        AssertCohorts(new([3, 3.16, 8, 12], [2, 1.6, 11, 16.5]), years[2]);
        Assert.Same(Start, years[0]);
    }

    [Fact]
    public void The_variant_factor_scales_the_migration()
    {
        // Factor 0.5: men age 1 = 10 · 0.9 + 0.5 · 1 = 9.5; women age 2 = 20 · 0.9 + 0.5 · 2 = 19.
        var next = CohortComponent.Step(Start, Rates, migrationFactor: 0.5);

        Assert.Equal(9.5, next.Male[1], 9);
        Assert.Equal(19, next.Female[2], 9);
    }

    [Fact]
    public void More_people_leaving_than_a_cohort_holds_leaves_none_not_fewer()
    {
        var leaving = Rates with { NetMigration = new([-50, 0, 0, 0], [0, 0, 0, 0]) };

        var next = CohortComponent.Step(Start, leaving, migrationFactor: 1);

        Assert.Equal(0, next.Male[1]); // 10 · 0.9 − 50 < 0
    }

    [Fact]
    public void The_fertility_profile_is_scaled_to_the_total_fertility_rate_within_the_fertile_ages()
    {
        var options = new DemographyOptions { TotalFertilityRate = 1.4, FirstFertileAge = 1, LastFertileAge = 2 };
        double[] profile = [0.5, 1, 3, 0.5]; // ages 0 and 3 lie outside and are dropped

        var rates = PopulationProjection.Fertility(profile, options);

        Assert.Equal([0, 1.4 * 1 / 4, 1.4 * 3 / 4, 0], rates);
        Assert.Equal([0, 0.7, 0.7, 0], PopulationProjection.Fertility(new double[4], options)); // none loaded: spread evenly
    }

    [Theory]
    [InlineData(1734.9, 10, 1730)]
    [InlineData(1735.0, 10, 1740)]
    [InlineData(4.9, 10, 0)]
    [InlineData(1736, 1, 1736)]
    public void Display_values_are_rounded_to_the_step(double value, int step, int expected) =>
        Assert.Equal(expected, PopulationProjection.Rounded(value, step));

    private static void AssertCohorts(Cohorts expected, Cohorts actual)
    {
        Assert.Equal(expected.Male, actual.Male, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(expected.Female, actual.Female, (a, b) => Math.Abs(a - b) < 1e-9);
    }
}
