using SozialHub.Api.Demography;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Demography;

public sealed class DemographyOptionsTests
{
    [Fact]
    public void The_defaults_are_those_of_the_methods_and_valid()
    {
        var options = new DemographyOptions();
        options.ApplyDefaults();

        Assert.Equal((1.4, 15, 49, 0.514, 15, 10), (options.TotalFertilityRate, options.FirstFertileAge, options.LastFertileAge,
            options.MaleShareOfBirths, options.HorizonYears, options.RoundTo));
        Assert.Equal([0.5, 1.0, 1.5], options.MigrationFactors);
        Assert.Equal([0, 3, 6, 10, 15, 18, 25, 45, 65, 80], options.AgeGroups);
        Assert.True(new DemographyOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Wrong_settings_are_named()
    {
        var options = new DemographyOptions { MaleShareOfBirths = 1.2, HorizonYears = 40, AgeGroups = [3, 6] };
        options.ApplyDefaults();

        var result = new DemographyOptionsValidator().Validate(null, options);

        Assert.Equal(
            ["Demography:MaleShareOfBirths is 1.2; it must lie between 0 and 1.",
             "Demography:HorizonYears is 40; it must lie between 1 and Demography:MaxHorizonYears (30).",
             "Demography:AgeGroups (3, 6): the first bound must be 0."],
            result.Failures);
    }

    [Theory]
    [InlineData("Demography:MigrationFactors:0", "2", "Demography:MigrationFactors (2) must be 3 non-negative ascending numbers")]
    [InlineData("Demography:TotalFertilityRate", "viele", "Demography:")]
    public async Task A_wrong_setting_stops_the_service_with_one_line(string key, string value, string expected)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "demographyconfig");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", database.With((key, value)));

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output);
        Assert.DoesNotContain("   at ", output);
    }
}
