using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>A first start on an empty database: migrations apply, and the server describes itself.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class DiscoveryTests(MariaDbServer mariaDb, IdentityServers servers)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Migrations_apply_to_an_empty_database_and_the_discovery_document_is_served(DatabaseProvider provider)
    {
        // The shared server started on an empty database of its own.
        var identity = await servers.WithSmtpAsync(provider, mariaDb);
        using var http = new HttpClient { BaseAddress = identity.BaseAddress };

        var (response, discovery) = await Http.GetJsonAsync(http, ".well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Applying migration", identity.Process.Output, StringComparison.Ordinal);
        Assert.Equal(identity.BaseAddress.ToString(), discovery.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(identity.BaseAddress, "connect/authorize").ToString(), discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(new Uri(identity.BaseAddress, "connect/token").ToString(), discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(new Uri(identity.BaseAddress, "connect/logout").ToString(), discovery.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(new Uri(identity.BaseAddress, "connect/userinfo").ToString(), discovery.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal(new Uri(identity.BaseAddress, "connect/revoke").ToString(), discovery.GetProperty("revocation_endpoint").GetString());

        var grantTypes = Http.Strings(discovery.GetProperty("grant_types_supported")).ToHashSet();
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], grantTypes.Order());
        Assert.Equal(["code"], Http.Strings(discovery.GetProperty("response_types_supported")));
        // PKCE with S256 only; "plain" is not offered.
        Assert.Equal(["S256"], Http.Strings(discovery.GetProperty("code_challenge_methods_supported")));
        var scopes = Http.Strings(discovery.GetProperty("scopes_supported")).ToHashSet();
        Assert.Superset(new HashSet<string> { "openid", "profile", "email", "roles", "offline_access", "hub.read", "hub.write" }, scopes);
    }

    [Fact]
    public async Task The_signing_key_is_published_for_the_API()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var http = new HttpClient { BaseAddress = identity.BaseAddress };

        var (_, discovery) = await Http.GetJsonAsync(http, ".well-known/openid-configuration");
        var (response, jwks) = await Http.GetJsonAsync(http, discovery.GetProperty("jwks_uri").GetString()!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Development certificates live in the user's certificate store; more than one may be there.
        var keys = jwks.GetProperty("keys").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Equal(("sig", "RSA"), (key.GetProperty("use").GetString(), key.GetProperty("kty").GetString())));
    }
}
