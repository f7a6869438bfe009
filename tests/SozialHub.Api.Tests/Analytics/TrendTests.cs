using SozialHub.Api.Analytics;
using SozialHub.Api.Indicators;
using static SozialHub.Api.Tests.Analytics.Examples;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>Changes over 1, 3 and 5 years, the 4-of-6 rule and direction words (methods.md §2).</summary>
public sealed class TrendTests
{
    [Fact]
    public void Changes_need_four_of_the_last_six_values_and_both_end_points()
    {
        // 2019–2024 has 4 values (2021 and 2023 missing): enough for a trend.
        var values = new Dictionary<int, double> { [2019] = 10, [2020] = 11, [2022] = 12, [2024] = 12.3 };
        var options = Options();

        var changes = options.ChangeWindows.Select(w => Trend.Over(w, Rate(), values, 2024, new HashSet<int>(), options)).ToList();
        values.Remove(2020); // 3 of 6: not enough, not even for the 5-year change whose end points exist
        var thin = Trend.Over(5, Rate(), values, 2024, new HashSet<int>(), options);

        Assert.Equal([1, 3, 5], changes.Select(c => c.Years));
        Assert.Equal([null, null], changes.Take(2).Select(c => c.Change)); // 2023 and 2021 missing
        Assert.Equal([TrendDirection.NotEnoughData, TrendDirection.NotEnoughData], changes.Take(2).Select(c => c.Direction));
        Assert.Equal(2.3, changes[2].Change!.Value, 9); // 12.3 − 10 percentage points
        Assert.False(changes[2].Relative);
        Assert.Equal(TrendDirection.Worsening, changes[2].Direction);
        Assert.Null(thin.Change);
        Assert.Equal(TrendDirection.NotEnoughData, thin.Direction);
    }

    [Theory]
    [InlineData(0.5, Polarity.HigherIsWorse, TrendDirection.Stable)] // the band is inclusive
    [InlineData(-0.5, Polarity.HigherIsBetter, TrendDirection.Stable)]
    [InlineData(0.51, Polarity.HigherIsWorse, TrendDirection.Worsening)]
    [InlineData(-0.6, Polarity.HigherIsWorse, TrendDirection.Improving)]
    [InlineData(-0.6, Polarity.HigherIsBetter, TrendDirection.Worsening)]
    [InlineData(2.0, Polarity.HigherIsBetter, TrendDirection.Improving)]
    [InlineData(1.0, Polarity.Context, TrendDirection.Up)]
    [InlineData(-1.0, Polarity.Context, TrendDirection.Down)]
    [InlineData(0.2, Polarity.Context, TrendDirection.Stable)]
    public void Direction_comes_from_change_polarity_and_the_stable_band(double change, Polarity polarity, TrendDirection expected) =>
        Assert.Equal(expected, Trend.DirectionOf(change, polarity, 0.5));

    [Fact]
    public void Counts_change_relatively_and_a_suppressed_end_is_withheld_from_the_public()
    {
        // 200 → 210 inhabitants over one year: +5 %, beyond the ±0.5 % band.
        var values = Enumerable.Range(2019, 6).ToDictionary(y => y, y => y == 2024 ? 210.0 : 200.0);
        var options = Options();

        var change = Trend.Over(1, Count(), values, 2024, new HashSet<int> { 2023 }, options);

        Assert.True(change.Relative);
        Assert.Equal(5.0, change.Change!.Value, 9);
        Assert.Equal(TrendDirection.Up, change.Direction);
        Assert.True(change.InvolvesSuppressed);
        Assert.Equal(new IndicatorChange(1, null, true, TrendDirection.Suppressed, true), change.ForPublic());
        Assert.Null(Trend.ChangeOf(0, 5, relative: true)); // no percentage of nothing
    }

    [Fact]
    public void Rank_one_is_the_most_burdened_and_ties_share_the_better_rank()
    {
        (int, double)[] values = [(1, 5), (2, 7), (3, 7), (4, 3)];

        Assert.Equal(new Dictionary<int, int> { [2] = 1, [3] = 1, [1] = 3, [4] = 4 }, Ranking.Rank(values, Polarity.HigherIsWorse));
        Assert.Equal(new Dictionary<int, int> { [4] = 1, [1] = 2, [2] = 3, [3] = 3 }, Ranking.Rank(values, Polarity.HigherIsBetter));
        // 1/3 and 2/6 as rates tie although computed from different counts.
        Assert.Equal(1, Ranking.Rank([(1, 1.0 / 3 * 100), (2, 2.0 / 6 * 100)], Polarity.HigherIsWorse)[2]);
    }
}
