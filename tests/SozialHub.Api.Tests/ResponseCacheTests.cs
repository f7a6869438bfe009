using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>Anonymous queries are answered from memory until data change; nobody else is.</summary>
[Collection(ApiCollection.Collection)]
public sealed class ResponseCacheTests(ApiEnvironment environment)
{
    private const string Query = "query($key: String!) { district(key: $key) { name socialSpaces { key } } }";

    private Task<ApiFactory> CachingApiAsync(DatabaseProvider provider) =>
        environment.SharedAsync("cache", provider, _ => Task.CompletedTask, settings: ("GraphQL:ResponseCache:Enabled", "true"));

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_repeated_anonymous_query_is_answered_without_the_database(DatabaseProvider provider)
    {
        var api = await CachingApiAsync(provider);
        var http = api.CreateClient();

        var first = await PostAsync(http, "fraulautern");
        api.Sql.Reset();
        var second = await PostAsync(http, "fraulautern");
        var viaGet = await http.GetStringAsync($"/graphql?query={Uri.EscapeDataString(Query)}&variables={Uri.EscapeDataString("""{"key":"fraulautern"}""")}");

        Assert.Equal(first, second);
        Assert.Equal(first, viaGet);
        Assert.Equal(0, api.Sql.Count);
        Assert.Contains("\"Fraulautern\"", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Other_variables_are_another_answer(DatabaseProvider provider)
    {
        var api = await CachingApiAsync(provider);
        var http = api.CreateClient();

        var roden = await PostAsync(http, "roden");
        var lisdorf = await PostAsync(http, "lisdorf");

        Assert.Contains("\"Roden\"", roden, StringComparison.Ordinal);
        Assert.Contains("\"Lisdorf\"", lisdorf, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_request_with_a_token_is_never_answered_from_the_cache(DatabaseProvider provider)
    {
        var api = await CachingApiAsync(provider);
        var http = api.CreateClient();
        await PostAsync(http, "innenstadt");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query, variables = new { key = "innenstadt" } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Saved_changes_and_bulk_statements_make_stored_answers_stale(DatabaseProvider provider)
    {
        var api = await environment.StartAsync(provider, "cache-write", loadDemoCity: true, ("GraphQL:ResponseCache:Enabled", "true"));
        await using var _ = api;
        var http = api.CreateClient();
        Assert.Contains("\"Picard\"", await PostAsync(http, "picard"), StringComparison.Ordinal);

        await api.WithDbAsync(async db =>
        {
            (await db.Districts.SingleAsync(d => d.Key == "picard")).Name = "Picard (neu)";
            return await db.SaveChangesAsync();
        });
        Assert.Contains("\"Picard (neu)\"", await PostAsync(http, "picard"), StringComparison.Ordinal);

        // A bulk statement outside SaveChanges, as the importers send them.
        await api.WithDbAsync(db => db.Districts.Where(d => d.Key == "picard").ExecuteUpdateAsync(s => s.SetProperty(d => d.Name, "Picard (Import)")));
        Assert.Contains("\"Picard (Import)\"", await PostAsync(http, "picard"), StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient http, string key)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Query, variables = new { key } });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        return body;
    }
}
