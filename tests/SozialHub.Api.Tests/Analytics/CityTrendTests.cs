using SozialHub.Api.Analytics;
using static SozialHub.Api.Tests.Analytics.Examples;

namespace SozialHub.Api.Tests.Analytics;

/// <summary>The city value's change and direction for key figures (methods.md §2), computed by hand.</summary>
public sealed class CityTrendTests
{
    private static readonly CityData City = new([new SpaceInfo(1, 10, false, 500), new SpaceInfo(2, 20, true, 500)], null);

    [Fact]
    public void City_trend_changes_the_ratio_of_sums_in_percentage_points_with_its_direction()
    {
        // Space 1 stays at 10 of 100; space 2 goes from 20 to 26 of 100: the city from 30/200 = 15 % to 36/200 = 18 %.
        var cells = Enumerable.Range(2019, 6).SelectMany(y => new[]
        {
            RateCell(1, 10, y, 10, 100),
            RateCell(2, 20, y, y == 2024 ? 26 : y == 2023 ? 24 : 20, 100),
        });
        var series = new IndicatorSeries(Rate(), cells);

        var fiveYears = CityTrend.Of(series, City, null, 5, Options());
        var oneYear = CityTrend.Of(series, City, 2024, 1, Options());

        Assert.Equal(3.0, fiveYears.Change!.Value, 9);
        Assert.Equal(5, fiveYears.Years);
        Assert.False(fiveYears.Relative);
        Assert.Equal(TrendDirection.Worsening, fiveYears.Direction);
        Assert.Equal(1.0, oneYear.Change!.Value, 9); // 34/200 → 36/200
        Assert.Equal(1, oneYear.Years);
    }

    [Fact]
    public void City_trend_needs_four_of_six_city_values_and_a_year_missing_a_space_has_none()
    {
        // Space 2 has no value in 2020–2022: the city value of those years would be incomplete, so 3 of 6 remain.
        var cells = Enumerable.Range(2019, 6).SelectMany(y => y is >= 2020 and <= 2022
            ? new[] { CountCell(1, 10, y, 100) }
            : [CountCell(1, 10, y, 100), CountCell(2, 20, y, y == 2024 ? 120 : 100)]);
        var series = new IndicatorSeries(Count(), cells);

        var trend = CityTrend.Of(series, City, null, 5, Options());
        var empty = CityTrend.Of(new IndicatorSeries(Count(), []), City, null, 5, Options());

        Assert.Null(trend.Change);
        Assert.Equal(TrendDirection.NotEnoughData, trend.Direction);
        Assert.True(trend.Relative);
        Assert.Equal(TrendDirection.NotEnoughData, empty.Direction);
    }

    [Fact]
    public void City_counts_change_relatively_and_context_indicators_go_up_or_down()
    {
        // 200 → 220 inhabitants: +10 % of the earlier value.
        var cells = Enumerable.Range(2019, 6).SelectMany(y => new[] { CountCell(1, 10, y, 100), CountCell(2, 20, y, y == 2024 ? 120 : 100) });

        var trend = CityTrend.Of(new IndicatorSeries(Count(), cells), City, 2024, 5, Options());

        Assert.Equal(10.0, trend.Change!.Value, 9);
        Assert.Equal(TrendDirection.Up, trend.Direction);
    }
}
