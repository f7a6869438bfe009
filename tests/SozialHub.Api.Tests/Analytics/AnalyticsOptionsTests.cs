using SozialHub.Api.Analytics;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Analytics;

public sealed class AnalyticsOptionsTests
{
    [Fact]
    public void The_defaults_are_those_of_the_methods_and_valid()
    {
        var options = Examples.Options();

        Assert.Equal([1, 3, 5], options.ChangeWindows);
        Assert.Equal((6, 4, 0.5, 300), (options.TrendYears, options.TrendMinimumValues, options.StableBandPoints, options.SmallPopulation));
        Assert.Equal(["unemployment_share", "long_term_unemployment_share", "sgb2_share", "child_poverty"], options.Index.StatusIndicators);
        Assert.Equal([-1.0, 1.0, 1.5], options.Index.StatusCutoffs);
        Assert.Equal([-0.5, 0.5], options.Index.DynamicsCutoffs);
        Assert.True(new AnalyticsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_wrong_setting_is_named()
    {
        var options = Examples.Options();
        options.Index.StatusCutoffs = [1.0, -1.0, 1.5];
        options.TrendMinimumValues = 7;

        var result = new AnalyticsOptionsValidator().Validate(null, options);

        Assert.Equal(
            ["Analytics:TrendMinimumValues is 7; it must lie between 2 and Analytics:TrendYears (6).",
             "Analytics:Index:StatusCutoffs (1, -1, 1.5) must be 3 ascending numbers."],
            result.Failures);
    }

    [Theory]
    [InlineData("Analytics:Index:StatusCutoffs:0", "2", "Analytics:Index:StatusCutoffs (2) must be 3 ascending numbers.")]
    [InlineData("Analytics:TrendWindo", "3", "TrendWindo")]
    public async Task A_wrong_setting_stops_the_service_with_one_line(string key, string value, string expected)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "analyticsconfig");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", database.With((key, value)));

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output);
        Assert.DoesNotContain("   at ", output);
    }
}
