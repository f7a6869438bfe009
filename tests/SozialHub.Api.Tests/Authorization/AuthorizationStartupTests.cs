using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>Wrong token or grant settings stop the API at start with one line that names them.</summary>
[Collection(TokenApiCollection.Collection)] // not for its fixture: one service process at a time on small machines
public sealed class AuthorizationStartupTests
{
    [Theory]
    [InlineData("Production", "Identity:Authority", "http://localhost:5002/", "uses http; outside Development")]
    [InlineData("Development", "Identity:Authority", "login.example", "is not an absolute http(s) URL")]
    [InlineData("Development", "Authorization:MachineClients:city-data:Policies:0", "signed-in", "'signed-in' cannot be granted to a machine client")]
    public async Task A_wrong_setting_is_named(string environment, string key, string value, string expected)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "auth-startup");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync(
            "api", database.With(("Seed:LoadOnFirstStart", "false"), (key, value)), "--environment", environment);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("SozialHub cannot start:", StringComparison.Ordinal));
        Assert.Contains(key.Split(':')[0], line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
