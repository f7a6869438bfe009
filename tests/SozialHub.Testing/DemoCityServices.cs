using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SozialHub.ServiceDefaults.Database;
using Xunit;

namespace SozialHub.Testing;

/// <summary>
/// The real API on a fresh SQLite database with the demo city, and the real portal reading from it: what
/// the portal's HTML tests and the browser tests run against.
/// </summary>
public sealed class DemoCityServices : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private DemoCityServices(TestDatabase database) => _database = database;

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Portal { get; private set; } = null!;

    public static async Task<DemoCityServices> StartAsync(string prefix)
    {
        var services = new DemoCityServices(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, mariaDb: null, prefix));
        try
        {
            services.Api = await ServiceProcess.StartAsync("api", services._database.Settings);
            services.Portal = await ServiceProcess.StartAsync("portal", new Dictionary<string, string?> { ["Api:BaseUrl"] = services.Api.BaseAddress.ToString() });
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>Asks the API directly, as the city's own GraphQL clients do; returns <c>data</c>.</summary>
    public async Task<JsonElement> QueryApiAsync(string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = Api.BaseAddress };
        using var response = await http.PostAsJsonAsync("graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), $"The API answered {response.StatusCode}: {body}");
        return body.GetProperty("data").Clone();
    }

    public HttpClient CreatePortalClient() => new() { BaseAddress = Portal.BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }

        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        var file = new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }
}
