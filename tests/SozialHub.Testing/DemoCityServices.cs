using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SozialHub.ServiceDefaults.Database;
using Xunit;

namespace SozialHub.Testing;

/// <summary>
/// The real API on a fresh SQLite database with the demo city, and the real portal reading from it: what
/// the portal's HTML tests and the browser tests run against. With <see cref="SignInSetup"/> the identity
/// service runs too (its demo accounts, the portal's redirect URIs) and API and portal trust it.
/// </summary>
public sealed class DemoCityServices : IAsyncDisposable
{
    private readonly List<TestDatabase> _databases = [];

    private DemoCityServices()
    {
    }

    public ServiceProcess? Identity { get; private set; }

    public ServiceProcess Api { get; private set; } = null!;

    public ServiceProcess Portal { get; private set; } = null!;

    /// <summary>The API's SQLite database, for tests that set up what no mutation offers (e.g. a membership row).</summary>
    public TestDatabase ApiDatabase { get; private set; } = null!;

    /// <summary>Identity's database (with signed-in setups), e.g. to read an account's subject.</summary>
    public TestDatabase? IdentityDatabase { get; private set; }

    public static async Task<DemoCityServices> StartAsync(string prefix, SignInSetup? signIn = null)
    {
        var services = new DemoCityServices();
        try
        {
            var portalPort = FreePort.Next();
            var authority = new Dictionary<string, string?>();
            if (signIn is not null)
            {
                services.IdentityDatabase = await services.DatabaseAsync(prefix + "-identity");
                services.Identity = await ServiceProcess.StartAsync("identity", signIn.IdentitySettings(services.IdentityDatabase, portalPort));
                authority["Identity:Authority"] = services.Identity.BaseAddress.ToString();
            }

            services.ApiDatabase = await services.DatabaseAsync(prefix);
            services.Api = await ServiceProcess.StartAsync("api", Merge(services.ApiDatabase.Settings, authority, signIn?.Api));
            services.Portal = await ServiceProcess.StartAsync("portal", Merge(
                new Dictionary<string, string?> { ["Api:BaseUrl"] = services.Api.BaseAddress.ToString() }, authority, signIn?.Portal), port: portalPort);
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

    /// <summary>
    /// Makes an identity account an editor of the API's first organisation by inserting the row, as the tests of
    /// membership do; returns the organisation's global id and name. Needs identity (a signed-in setup).
    /// </summary>
    public async Task<(string Id, string Name)> AddMemberAsync(TestAccount account)
    {
        await using var users = new SqliteConnection(_databases[0].ConnectionString);
        await users.OpenAsync();
        await using var find = users.CreateCommand();
        find.CommandText = "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = $email";
        find.Parameters.AddWithValue("$email", account.Email.ToUpperInvariant());
        var subject = (string?)await find.ExecuteScalarAsync() ?? throw new InvalidOperationException($"identity has no account {account.Email}");

        await using var hub = new SqliteConnection(_databases[1].ConnectionString);
        await hub.OpenAsync();
        await using var insert = hub.CreateCommand();
        insert.CommandText = """
            INSERT OR IGNORE INTO OrganizationMembers (OrganizationId, Subject, DisplayName, Email, Role, UpdatedAt)
            SELECT Id, $subject, $name, $email, 'Editor', $now FROM Organizations ORDER BY Id LIMIT 1;
            SELECT Name FROM Organizations ORDER BY Id LIMIT 1;
            """;
        insert.Parameters.AddWithValue("$subject", subject);
        insert.Parameters.AddWithValue("$name", account.Name);
        insert.Parameters.AddWithValue("$email", account.Email);
        insert.Parameters.AddWithValue("$now", DateTime.UtcNow);
        var name = (string)(await insert.ExecuteScalarAsync())!;
        var found = await QueryApiAsync("query($name: String!) { organizations(where: { name: { eq: $name } }) { nodes { id } } }", new { name });
        return (found.GetProperty("organizations").GetProperty("nodes")[0].GetProperty("id").GetString()!, name);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in new[] { Portal, Api, Identity }.OfType<ServiceProcess>())
        {
            await service.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in _databases.Select(d => new SqliteConnectionStringBuilder(d.ConnectionString).DataSource))
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }

    private static Dictionary<string, string?> Merge(params IReadOnlyDictionary<string, string?>?[] parts)
    {
        var merged = new Dictionary<string, string?>();
        foreach (var (key, value) in parts.OfType<IReadOnlyDictionary<string, string?>>().SelectMany(p => p))
        {
            merged[key] = value;
        }

        return merged;
    }

    private async Task<TestDatabase> DatabaseAsync(string prefix)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, mariaDb: null, prefix);
        _databases.Add(database);
        return database;
    }
}

/// <summary>A person identity creates at start (Development only), with a password the test knows.</summary>
public sealed record TestAccount(string Email, string Name, string Role, string Password = "Sozialraum-Monitoring-2026");

/// <summary>What a signed-in test needs: identity's demo accounts and extra settings for identity, API and portal.</summary>
public sealed record SignInSetup(
    IReadOnlyList<TestAccount> Accounts,
    IReadOnlyDictionary<string, string?>? Api = null,
    IReadOnlyDictionary<string, string?>? Portal = null,
    IReadOnlyDictionary<string, string?>? Identity = null)
{
    public IReadOnlyDictionary<string, string?> IdentitySettings(TestDatabase database, int portalPort)
    {
        var portal = $"http://127.0.0.1:{portalPort}/";
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Identity:Clients:0:RedirectUris:0"] = portal + "signin-oidc",
            ["Identity:Clients:0:PostLogoutRedirectUris:0"] = portal + "signout-callback-oidc",
        };
        for (var i = 0; i < Accounts.Count; i++)
        {
            settings[$"Identity:DemoAccounts:{i}:Email"] = Accounts[i].Email;
            settings[$"Identity:DemoAccounts:{i}:DisplayName"] = Accounts[i].Name;
            settings[$"Identity:DemoAccounts:{i}:Roles:0"] = Accounts[i].Role;
            settings[$"Identity:DemoAccounts:{i}:Password"] = Accounts[i].Password;
        }

        foreach (var (key, value) in Identity ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
