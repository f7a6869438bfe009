using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>The city's systems: a token from the real identity server (client credentials) reads through GraphQL.</summary>
[Collection(TokenApiCollection.Collection)] // not for its fixture: to start one service process at a time on small machines
public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task A_client_credentials_token_from_identity_queries_the_API()
    {
        var identityDatabase = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "cc-identity");
        await using var identity = await ServiceProcess.StartAsync("identity", identityDatabase.Settings);
        var apiDatabase = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "cc-api");
        await using var api = new ApiFactory(apiDatabase.With(("Identity:Authority", identity.BaseAddress.ToString())));
        var token = await RequestTokenAsync(identity.BaseAddress, "city-data", "city-data-development-secret", "hub.read");

        using var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (response, body) = await TokenValidationTests.PostAsync(http, "{ socialSpace(key: \"roden-nord\") { name } }");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA");
        var (forged, _) = await TokenValidationTests.PostAsync(http, "{ socialSpace(key: \"roden-nord\") { name } }");

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("Roden-Nord", body.GetProperty("data").GetProperty("socialSpace").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    private static async Task<string> RequestTokenAsync(Uri identity, string clientId, string secret, string scope)
    {
        using var http = new HttpClient { BaseAddress = identity };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }
}
