using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Data.Sqlite;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The real API on a fresh SQLite database with the demo city, and the real portal reading from it.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string Collection = "Portal with API";

    private TestDatabase? _database;

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Portal { get; private set; } = null!;

    /// <summary>The schema the running API serves, rebuilt from introspection.</summary>
    public ISchema Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, mariaDb: null!, "portal");
        try
        {
            Api = await ServiceProcess.StartAsync("api", _database.Settings);
            Portal = await ServiceProcess.StartAsync("portal", new Dictionary<string, string?> { ["Api:BaseUrl"] = Api.BaseAddress.ToString() });
            var introspection = await QueryApiAsync(ClientSchema.Query);
            Schema = ClientSchema.FromIntrospection(introspection.GetProperty("__schema"));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Asks the API directly, as the city's own GraphQL clients do; returns <c>data</c>.</summary>
    public async Task<JsonElement> QueryApiAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = Api.BaseAddress };
        using var response = await http.PostAsJsonAsync("graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), $"The API answered {response.StatusCode}: {body}");
        return body.GetProperty("data").Clone();
    }

    public HttpClient CreatePortalClient() => new() { BaseAddress = Portal.BaseAddress };

    public async Task DisposeAsync()
    {
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }

        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        if (_database is not null)
        {
            var file = new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }
}

[CollectionDefinition(PortalFixture.Collection)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>;
