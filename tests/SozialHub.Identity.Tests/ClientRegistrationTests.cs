using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>Clients from configuration are registered at start, once, however often the service starts.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class ClientRegistrationTests(MariaDbServer mariaDb, IdentityServers servers)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_second_start_registers_nothing_again_and_the_machine_client_still_gets_tokens(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, mariaDb, "identity_clients");
        await using (var first = await ServiceProcess.StartAsync("identity", database.Settings))
        {
            Assert.Contains("Registered client city-data", first.Output, StringComparison.Ordinal);
            Assert.Contains("Registered client sozialhub-portal", first.Output, StringComparison.Ordinal);
            Assert.Contains("Registered client sozialhub-identity", first.Output, StringComparison.Ordinal);
            Assert.Contains("Demo account admin@sozialhub.example (admin) created with password: ", first.Output, StringComparison.Ordinal);
            Assert.Contains("Demo account planung@sozialhub.example (planner) created with password: ", first.Output, StringComparison.Ordinal);
        }

        await using var second = await ServiceProcess.StartAsync("identity", database.Settings);
        using var http = new HttpClient { BaseAddress = second.BaseAddress };

        var (response, body) = await Http.RequestClientTokenAsync(http, Http.CityDataClientId, Http.CityDataSecret, "hub.read");

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        var claims = Http.JwtPayload(body.GetProperty("access_token").GetString()!);
        Assert.Equal("city-data", claims.GetProperty("sub").GetString());
        Assert.Equal("hub.read", claims.GetProperty("scope").GetString());
        Assert.Equal("sozialhub-api", claims.GetProperty("aud").GetString());
        Assert.Equal(second.BaseAddress.ToString(), claims.GetProperty("iss").GetString());

        Assert.DoesNotContain("Registered client", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated client", second.Output, StringComparison.Ordinal);
        // Demo passwords are printed once, by the start that created the accounts.
        Assert.DoesNotContain("Demo account", second.Output, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(database, "SELECT COUNT(*) FROM OpenIddictApplications WHERE ClientId = 'city-data'"));
        Assert.Equal(3, await Sql.CountAsync(database, "SELECT COUNT(*) FROM OpenIddictApplications"));
        Assert.Equal(2, await Sql.CountAsync(database, "SELECT COUNT(*) FROM OpenIddictScopes"));
        // The secret is stored as a hash, never as given.
        Assert.Equal(0, await Sql.CountAsync(database,
            $"SELECT COUNT(*) FROM OpenIddictApplications WHERE ClientSecret = '{Http.CityDataSecret}'"));
    }

    [Fact]
    public async Task A_machine_client_gets_only_its_scopes_and_only_with_its_secret()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var http = new HttpClient { BaseAddress = identity.BaseAddress };

        var (write, writeBody) = await Http.RequestClientTokenAsync(http, Http.CityDataClientId, Http.CityDataSecret, "hub.write");
        var (wrongSecret, wrongSecretBody) = await Http.RequestClientTokenAsync(http, Http.CityDataClientId, "wrong", "hub.read");
        var (portal, portalBody) = await Http.RequestClientTokenAsync(http, "sozialhub-portal", "sozialhub-portal-development-secret", "hub.read");

        Assert.Equal(HttpStatusCode.BadRequest, write.StatusCode);
        Assert.Equal("invalid_request", writeBody.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal("invalid_client", wrongSecretBody.GetProperty("error").GetString());
        // The portal signs users in; it may not act for itself.
        Assert.Equal(HttpStatusCode.BadRequest, portal.StatusCode);
        Assert.Equal("unauthorized_client", portalBody.GetProperty("error").GetString());
    }
}
