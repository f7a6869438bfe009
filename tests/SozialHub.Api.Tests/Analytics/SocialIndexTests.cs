using SozialHub.Api.Analytics;
using SozialHub.Api.Indicators;
using static SozialHub.Api.Tests.Analytics.Examples;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>The social index (methods.md §4) on four spaces computed by hand, plus one too small to count.</summary>
public sealed class SocialIndexTests
{
    // Spaces 1, 2 in district 1; 3, 4 (Soziale Stadt) in district 2; space 5 has 200 inhabitants.
    private static readonly SpaceInfo[] Spaces =
        [new(1, 1, false, 1000), new(2, 1, false, 1000), new(3, 2, true, 1000), new(4, 2, true, 1000), new(5, 3, false, 200)];

    // Status A (higher is worse), 2024: 10, 20, 30, 40 %. Mean 25, squares 225 + 25 + 25 + 225 = 500,
    //   sd = √(500 / 3) = 12.9099, z = −1.1619, −0.3873, 0.3873, 1.1619.
    // Status B (higher is better), 2024: 40, 40, 10, 10 %. Mean 25, sd = √(900 / 3) = 17.3205,
    //   z = 0.8660, 0.8660, −0.8660, −0.8660; oriented (more burden = higher): −0.8660, −0.8660, 0.8660, 0.8660.
    // Status scores: (−1.1619 − 0.8660) / 2 = −1.0140, −0.6267, 0.6267, 1.0140
    //   → classes (≤ −1 → 1, ≤ 1 → 2, ≤ 1.5 → 3): 1, 2, 2, 3.
    // Dynamics A, 2022 → 2024: 12 → 10 (−2), 20 → 20 (0), 29 → 30 (+1), 35 → 40 (+5). Mean 1,
    //   squares 9 + 1 + 0 + 16 = 26, sd = √(26 / 3) = 2.9439, z = −1.0190, −0.3397, 0, 1.3587.
    // Dynamics B: no change anywhere, sd 0 → z = 0.
    // Dynamics scores: −0.5095, −0.1698, 0, 0.6794 → positiv (< −0.5), stabil, stabil, negativ (> 0.5).
    // Combined: 1+, 2±, 2±, 3−. Space 5 (50 %, 200 inhabitants) is left out of the index.
    private static readonly IndicatorSeries A = new(Rate(1), [
        RateCell(1, 1, 2024, 10, 100), RateCell(2, 1, 2024, 20, 100), RateCell(3, 2, 2024, 30, 100), RateCell(4, 2, 2024, 40, 100), RateCell(5, 3, 2024, 5, 10),
        RateCell(1, 1, 2022, 12, 100), RateCell(2, 1, 2022, 20, 100), RateCell(3, 2, 2022, 29, 100), RateCell(4, 2, 2022, 35, 100), RateCell(5, 3, 2022, 5, 10)]);

    private static readonly IndicatorSeries B = new(Rate(2, Polarity.HigherIsBetter), [
        .. new[] { 2022, 2024 }.SelectMany(year => new[]
        {
            RateCell(1, 1, year, 40, 100), RateCell(2, 1, year, 40, 100), RateCell(3, 2, year, 10, 100), RateCell(4, 2, year, 10, 100), RateCell(5, 3, year, 4, 10),
        })]);

    private static readonly CityData City = new(Spaces, null);

    [Fact]
    public void Z_scores_scores_and_classes_match_the_hand_computation()
    {
        var index = SocialIndexCalculator.Compute(2024, [A, B], City, Options());
        var entries = index.Entries.ToDictionary(e => e.SpaceId);

        double[] status = [-1.0140, -0.6267, 0.6267, 1.0140];
        double[] dynamics = [-0.5095, -0.1698, 0, 0.6794];
        for (var space = 1; space <= 4; space++)
        {
            Assert.True(entries[space].Eligible);
            Assert.Equal(status[space - 1], entries[space].StatusScore!.Value, 4);
            Assert.Equal(dynamics[space - 1], entries[space].DynamicsScore!.Value, 4);
        }

        Assert.Equal([1, 2, 2, 3], Enumerable.Range(1, 4).Select(s => entries[s].StatusClass));
        Assert.Equal([DynamicsClass.Positive, DynamicsClass.Stable, DynamicsClass.Stable, DynamicsClass.Negative],
            Enumerable.Range(1, 4).Select(s => entries[s].DynamicsClass!.Value));
        Assert.Equal(["1+", "2±", "2±", "3−"], Enumerable.Range(1, 4).Select(s => entries[s].CombinedClass));
        Assert.False(entries[5].Eligible);
        Assert.Null(entries[5].StatusScore);
        Assert.Contains("200 Einwohner", Assert.Single(entries[5].Computation.Inputs));
        Assert.Contains(entries[4].Computation.Inputs, i => i.StartsWith("rate1: Wert 40 → z = 1,16", StringComparison.Ordinal));
    }

    [Fact]
    public void The_soziale_stadt_spaces_are_a_group_beside_the_rest()
    {
        var index = SocialIndexCalculator.Compute(2024, [A, B], City, Options());
        var groups = index.Groups.ToDictionary(g => g.SocialCityArea);

        // Soziale Stadt: spaces 3 and 4, status (0.6267 + 1.0140) / 2 = 0.8203; A = 70 / 200 = 35 %.
        Assert.Equal(0.8203, groups[true].MeanStatusScore!.Value, 4);
        Assert.Equal(35.0, groups[true].Values[0].Value!.Value!.Value, 9);
        // The rest: spaces 1, 2 and 5 (only 1 and 2 in the index); A = (10 + 20 + 5) / 210 = 16.67 %.
        Assert.Equal((3, 2), (groups[false].SpaceCount, groups[false].EligibleCount));
        Assert.Equal(-0.8203, groups[false].MeanStatusScore!.Value, 4);
        Assert.Equal(35.0 / 210 * 100, groups[false].Values[0].Value!.Value!.Value, 9);
    }

    [Fact]
    public void Class_cut_offs_are_parameters()
    {
        var options = Options();
        options.Index.StatusCutoffs = [-1.0, 0.5, 1.0];

        var index = SocialIndexCalculator.Compute(2024, [A, B], City, options);

        Assert.Equal("4−", index.Entries.Single(e => e.SpaceId == 4).CombinedClass); // 1.0140 > 1.0
        Assert.Equal(4, SocialIndexCalculator.StatusClassOf(1.6, Options().Index.StatusCutoffs));
        Assert.Equal(3, SocialIndexCalculator.StatusClassOf(1.5, Options().Index.StatusCutoffs));
        Assert.Equal(1, SocialIndexCalculator.StatusClassOf(-1.0, Options().Index.StatusCutoffs));
    }

    [Fact]
    public void Scores_resting_on_a_suppressed_value_are_withheld_from_the_public_but_the_classes_stay()
    {
        // Space 2 now has 2 cases of A in 2024 (2 / 10 = 20 %, same rate): primary; space 1 goes with it (secondary).
        var a = new IndicatorSeries(Rate(1), [.. A.Years.SelectMany(A.In).Select(c => c is { SpaceId: 2, Year: 2024 } ? RateCell(2, 1, 2024, 2, 10) : c)]);

        var index = SocialIndexCalculator.Compute(2024, [a, B], City, Options());
        var anonymous = index.ForPublic();

        Assert.Equal(-0.6267, index.Entries.Single(e => e.SpaceId == 2).StatusScore!.Value, 4);
        var hidden = anonymous.Entries.Where(e => e.Withheld).Select(e => e.SpaceId);
        Assert.Equal([1, 2], hidden);
        Assert.All(anonymous.Entries.Where(e => e.Withheld), e => Assert.Null(e.StatusScore));
        Assert.Equal(2, anonymous.Entries.Single(e => e.SpaceId == 2).StatusClass);
        Assert.Null(anonymous.Groups.Single(g => !g.SocialCityArea).MeanStatusScore);
        Assert.NotNull(anonymous.Groups.Single(g => g.SocialCityArea).MeanStatusScore);
        Assert.DoesNotContain(anonymous.Computation.Inputs, i => i.StartsWith("rate1", StringComparison.Ordinal));
        Assert.Contains(index.Computation.Inputs, i => i.StartsWith("rate1", StringComparison.Ordinal));
    }
}
