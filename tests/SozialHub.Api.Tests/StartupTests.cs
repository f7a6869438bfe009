using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>The API as an operator runs it: commands, and one clear line for a wrong setting.</summary>
[Collection(ApiCollection.Collection)]
public sealed class StartupTests(ApiEnvironment environment)
{
    [Theory]
    [InlineData("Foo", "Database:Provider 'Foo'")]
    [InlineData("MySql", "ConnectionStrings:SozialHub is required")]
    public async Task A_wrong_database_setting_stops_the_service_with_one_line(string provider, string expected)
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:SozialHub"] = "",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output);
        Assert.DoesNotContain("   at ", output); // no stack trace
    }

    [Fact]
    public async Task An_unreachable_mariadb_stops_the_service_with_one_line()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:SozialHub"] = $"Server=127.0.0.1;Port={FreePort.Next()};User ID=root;Connect Timeout=2",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:SozialHub: cannot reach the MySql/MariaDB server", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_seed_path_without_the_demo_city_is_named()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "seedpath");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", database.With(("Seed:Path", "/nonexistent")));

        Assert.Equal(1, exitCode);
        Assert.Contains("Seed:Path '/nonexistent'", output);
    }

    [Theory]
    [InlineData("Participation:MaxPerHourPerAddress", "0", "Participation:MaxPerHourPerAddress must be at least 1.")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "portal.intern", "ForwardedHeaders:KnownProxies:0 'portal.intern' is not an IP address.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "ForwardedHeaders:KnownNetworks:0 '10.0.0.0/99' is not a network in CIDR notation")]
    public async Task A_wrong_address_limit_or_proxy_setting_is_named(string setting, string value, string expected)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "proxies");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", database.With((setting, value)));

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_wrong_participation_setting_is_named()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "participation");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", database.With(("Participation:FlagsToHide", "0")));

        Assert.Equal(1, exitCode);
        Assert.Contains("Participation:FlagsToHide must be at least 1.", output);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Operators_can_migrate_and_seed_before_starting(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, environment.MariaDb, "commands");
        var settings = database.With(("Seed:LoadOnFirstStart", "false"));

        var migrate = await ServiceProcess.RunToExitAsync("api", settings, "migrate");
        var seed = await ServiceProcess.RunToExitAsync("api", settings, "seed");
        var reseed = await ServiceProcess.RunToExitAsync("api", settings, "seed");

        Assert.True(migrate.ExitCode == 0, migrate.Output);
        Assert.Contains("Database is up to date.", migrate.Output);
        Assert.True(seed.ExitCode == 0, seed.Output);
        Assert.Contains("indicator-values.csv: 7392 rows, 7392 new", seed.Output);
        // Loading again goes through the same importers and changes nothing.
        Assert.True(reseed.ExitCode == 0, reseed.Output);
        Assert.Contains("indicator-values.csv: 7392 rows, 0 new, 0 changed, 7392 unchanged", reseed.Output);
    }

    [Fact]
    public async Task The_service_starts_alone_on_sqlite_and_reports_healthy()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "alone");
        await using var api = await ServiceProcess.StartAsync("api", database.Settings);
        using var http = new HttpClient { BaseAddress = api.BaseAddress };

        var health = await http.GetStringAsync("healthz");
        var answer = await http.GetStringAsync("graphql?query=%7BsocialSpaces%7Bnodes%7Bname%7D%7D%7D");

        Assert.Equal("Healthy", health);
        Assert.Contains("Roden", answer);
        Assert.Contains("Demo city: indicator-values.csv", api.Output);
    }
}
