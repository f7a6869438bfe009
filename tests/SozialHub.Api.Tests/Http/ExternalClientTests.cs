using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;
using Xunit.Abstractions;

namespace SozialHub.Api.Tests.Http;

/// <summary>The API as a real process on a fresh SQLite database with the demo city, for clients outside .NET.</summary>
public sealed class ApiProcessFixture : IAsyncLifetime
{
    private ServiceProcess? _api;

    public Uri GraphQL => new(_api!.BaseAddress, "graphql");

    public string Output => _api?.Output ?? "";

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "external");
        _api = await ServiceProcess.StartAsync("api", database.Settings);
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}

/// <summary>
/// Clients we do not control: the reference audit of GraphQL over HTTP (npm graphql-http) and a graphql-js
/// client, both Node scripts in node/ (installed by the build with npm ci).
/// </summary>
public sealed class ExternalClientTests(ApiProcessFixture api, ITestOutputHelper output) : IClassFixture<ApiProcessFixture>
{
    [Fact]
    public async Task Every_graphql_http_audit_passes_must_should_and_may()
    {
        var audits = (await RunNodeAsync("audit.mjs", api.GraphQL.ToString())).EnumerateArray().ToList();

        var failed = audits.Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("name").GetString()}: {a.GetProperty("reason").GetString()}")
            .ToList();
        output.WriteLine($"graphql-http audit: {audits.Count - failed.Count} of {audits.Count} ok");
        Assert.True(audits.Count >= 61, $"only {audits.Count} audits ran");
        Assert.True(failed.Count == 0, $"{failed.Count} audits failed:\n{string.Join("\n", failed)}");
    }

    [Fact]
    public async Task A_graphql_js_client_builds_the_schema_from_introspection_and_queries_with_variables_over_get_and_post()
    {
        var sdl = Path.Combine(ServiceProcess.RepositoryRoot(), "api", "schema.graphql");

        var result = await RunNodeAsync("client.mjs", api.GraphQL.ToString(), sdl);

        Assert.True(result.GetProperty("typeCount").GetInt32() > 10);
        Assert.Contains("type Query", result.GetProperty("printed").GetString());
        Assert.True(result.GetProperty("sameAsCheckedIn").GetBoolean(),
            "The schema printed by graphql-js from introspection differs from api/schema.graphql.");
        foreach (var method in new[] { "get", "post" })
        {
            var answer = result.GetProperty(method);
            Assert.Equal(200, answer.GetProperty("status").GetInt32());
            Assert.Equal("application/graphql-response+json; charset=utf-8", answer.GetProperty("contentType").GetString());
            var space = answer.GetProperty("body").GetProperty("data").GetProperty("socialSpace");
            Assert.Equal("Roden-Nord", space.GetProperty("name").GetString());
            Assert.Equal("Roden", space.GetProperty("district").GetProperty("name").GetString());
        }
    }

    /// <summary>Runs a script of node/ and returns the JSON it printed last.</summary>
    private static async Task<JsonElement> RunNodeAsync(string script, params string[] arguments)
    {
        var directory = Path.Combine(ServiceProcess.RepositoryRoot(), "tests", "SozialHub.Api.Tests", "node");
        Assert.True(Directory.Exists(Path.Combine(directory, "node_modules")),
            $"{directory}/node_modules is missing: building the test project runs npm ci there (Node.js 20+ needed).");

        var (exitCode, text) = await ProcessRunner.RunAsync("node", [script, .. arguments], workingDirectory: directory, timeout: TimeSpan.FromMinutes(2));

        var json = text.Split('\n').LastOrDefault(line => line.StartsWith('{') || line.StartsWith('['));
        Assert.True(exitCode == 0 && json is not null, $"node {script} exited with {exitCode}:\n{text}");
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
