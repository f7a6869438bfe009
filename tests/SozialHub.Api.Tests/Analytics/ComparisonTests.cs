using SozialHub.Api.Analytics;
using static SozialHub.Api.Tests.Analytics.Examples;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>Value beside the city: deviation, ratio, rank, small spaces and what the public sees (methods.md §2, §3).</summary>
public sealed class ComparisonTests
{
    // Spaces 1–3 in district 1, space 4 alone in district 2; space 3 has 250 inhabitants in 2024.
    private static readonly SpaceInfo[] Spaces = [new(1, 1, false, 1000), new(2, 1, false, 1000), new(3, 1, true, 250), new(4, 2, false, 1000)];

    private static CityData City() =>
        new(Spaces, new IndicatorSeries(Count(9), Spaces.Select(s => CountCell(s.Id, s.DistrictId, 2024, s.Population))));

    [Fact]
    public void Deviation_and_ratio_are_against_the_ratio_of_sums()
    {
        // 2024: 10/100 = 10 %, 30/100 = 30 %, 20/200 = 10 %, 40/100 = 40 %. City: 100/500 = 20 %, not the mean 22.5 %.
        var series = new IndicatorSeries(Rate(), [RateCell(1, 1, 2024, 10, 100), RateCell(2, 1, 2024, 30, 100), RateCell(3, 1, 2024, 20, 200), RateCell(4, 2, 2024, 40, 100)]);

        var comparisons = Comparisons.ForYear(series, City(), 2024, Options()).ToDictionary(c => c.SpaceId);

        Assert.Equal(20.0, comparisons[2].CityValue!.Value, 9);
        Assert.Equal(10.0, comparisons[2].Deviation!.Value, 9); // 30 − 20 percentage points
        Assert.Equal(1.5, comparisons[2].Ratio!.Value, 9);
        Assert.Equal(-10.0, comparisons[1].Deviation!.Value, 9);
        Assert.Equal(0.5, comparisons[1].Ratio!.Value, 9);
        Assert.Equal([3, 2, 3, 1], Spaces.Select(s => comparisons[s.Id].Rank));
        Assert.All(comparisons.Values, c => Assert.Equal(4, c.RankCount));
        Assert.Equal([false, false, true, false], Spaces.Select(s => comparisons[s.Id].SmallPopulation));
        Assert.All(comparisons.Values, c => Assert.Equal(TrendDirection.NotEnoughData, c.Trend.Direction)); // one year only
        Assert.Contains(comparisons[2].Computation.Inputs, i => i.Contains("Summe der Zähler (100) ÷ Summe der Nenner (500)", StringComparison.Ordinal));
        Assert.Contains(comparisons[3].Computation.Inputs, i => i.Contains("250 Einwohner", StringComparison.Ordinal));
    }

    [Fact]
    public void The_public_sees_neither_suppressed_values_nor_their_ranks()
    {
        // Space 1 has 2 cases (primary), space 3 the next smallest numerator in district 1 (secondary).
        var series = new IndicatorSeries(Rate(), [RateCell(1, 1, 2024, 2, 100), RateCell(2, 1, 2024, 30, 100), RateCell(3, 1, 2024, 20, 200), RateCell(4, 2, 2024, 40, 100)]);

        var planner = Comparisons.ForYear(series, City(), 2024, Options()).ToDictionary(c => c.SpaceId);
        var anonymous = planner.Values.Select(c => c.ForPublic()).ToDictionary(c => c.SpaceId);

        Assert.Equal(2.0, planner[1].Value!.Value, 9);
        Assert.True(planner[1].Confidential);
        Assert.False(planner[1].Withheld);
        Assert.Equal(4, planner[1].Rank);
        Assert.Null(anonymous[1].Value);
        Assert.Null(anonymous[1].Deviation);
        Assert.Null(anonymous[1].Ratio);
        Assert.Null(anonymous[1].Rank);
        Assert.True(anonymous[1].Withheld);
        Assert.True(anonymous[3].Withheld);
        Assert.Equal(SuppressionReason.Secondary, anonymous[3].Suppression);
        // Published spaces are ranked among the published ones only: 40 %, 30 %.
        Assert.Equal([1, 2], new[] { anonymous[4].Rank, anonymous[2].Rank });
        Assert.Equal(2, anonymous[2].RankCount);
        Assert.Equal(anonymous[2].CityValue, planner[2].CityValue); // the city value is published
    }
}
