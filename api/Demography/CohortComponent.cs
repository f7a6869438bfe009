namespace SozialHub.Api.Demography;

/// <summary>The rates a projection applies every year; arrays are indexed by age like the population.</summary>
/// <param name="Fertility">Births per woman of each age in a year (zero outside the fertile ages).</param>
public sealed record ProjectionRates(Cohorts Survival, double[] Fertility, Cohorts NetMigration, double MaleShareOfBirths);

/// <summary>
/// The cohort-component method of methods.md §5, one year at a time:
/// <c>P(a+1, t+1) = P(a, t) · s(a) + M(a)</c> (the open group keeps its survivors too),
/// births <c>B(t) = Σ f(a) · W(a, t)</c> enter age 0, split by the boys' share.
/// </summary>
public static class CohortComponent
{
    /// <returns>The population at the base date and after each of the <paramref name="years"/>.</returns>
    /// <param name="migrationFactor">The variant: the net migration is multiplied by it.</param>
    public static List<Cohorts> Project(Cohorts start, ProjectionRates rates, double migrationFactor, int years)
    {
        var result = new List<Cohorts> { start };
        for (var t = 0; t < years; t++)
        {
            result.Add(Step(result[^1], rates, migrationFactor));
        }

        return result;
    }

    public static Cohorts Step(Cohorts population, ProjectionRates rates, double migrationFactor)
    {
        var births = population.Female.Zip(rates.Fertility, (women, rate) => women * rate).Sum();
        var next = Cohorts.Empty(population.Ages);
        foreach (var sex in new[] { Sex.Male, Sex.Female })
        {
            var now = population.Of(sex);
            var then = next.Of(sex);
            var survival = rates.Survival.Of(sex);
            var migration = rates.NetMigration.Of(sex);
            then[0] = births * (sex == Sex.Male ? rates.MaleShareOfBirths : 1 - rates.MaleShareOfBirths);
            for (var age = 0; age < now.Length; age++)
            {
                then[Math.Min(age + 1, now.Length - 1)] += now[age] * survival[age] + migrationFactor * migration[age];
            }

            // More people leaving than live in a cohort cannot leave fewer than none.
            for (var age = 0; age < then.Length; age++)
            {
                then[age] = Math.Max(0, then[age]);
            }
        }

        return next;
    }
}
