using Microsoft.Data.Sqlite;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Authentication;

[CollectionDefinition(Collection)]
public sealed class SignInCollection : ICollectionFixture<SignInFixture>
{
    public const string Collection = "Portal with identity and API";
}

/// <summary>
/// The three services as an operator runs them: identity (with a demo planner whose password the test knows, and
/// the portal's redirect URIs on its test port), the API trusting identity, and the portal signing in through
/// identity and reading the API through a <see cref="RecordingProxy"/>. The portal refreshes its tokens on every
/// request (<c>Identity:RefreshBeforeExpiry</c> of a day), so that refreshing is exercised without waiting an hour.
/// </summary>
public sealed class SignInFixture : IAsyncLifetime
{
    public const string PlannerEmail = "paula.planerin@example.org";
    public const string PlannerName = "Paula Planerin";
    public const string PlannerPassword = "Sozialraum-Monitoring-2026";

    private readonly List<TestDatabase> _databases = [];

    public ServiceProcess Identity { get; private set; } = null!;

    public ServiceProcess Api { get; private set; } = null!;

    public RecordingProxy Proxy { get; private set; } = null!;

    public ServiceProcess Portal { get; private set; } = null!;

    private bool _disposed;

    public async Task InitializeAsync()
    {
        var portalPort = FreePort.Next();
        var portal = $"http://127.0.0.1:{portalPort}/";
        try
        {
            Identity = await ServiceProcess.StartAsync("identity", (await DatabaseAsync("signin-identity")).With(
                ("Identity:Clients:0:RedirectUris:0", portal + "signin-oidc"),
                ("Identity:Clients:0:PostLogoutRedirectUris:0", portal + "signout-callback-oidc"),
                ("Identity:DemoAccounts:0:Email", PlannerEmail),
                ("Identity:DemoAccounts:0:DisplayName", PlannerName),
                ("Identity:DemoAccounts:0:Roles:0", "planner"),
                ("Identity:DemoAccounts:0:Password", PlannerPassword)));
            Api = await ServiceProcess.StartAsync("api", (await DatabaseAsync("signin-api")).With(
                ("Identity:Authority", Identity.BaseAddress.ToString())));
            Proxy = await RecordingProxy.StartAsync(Api.BaseAddress);
            Portal = await ServiceProcess.StartAsync("portal", new Dictionary<string, string?>
            {
                ["Api:BaseUrl"] = Proxy.BaseAddress.ToString(),
                ["Identity:Authority"] = Identity.BaseAddress.ToString(),
                ["Identity:RefreshBeforeExpiry"] = "1.00:00:00",
            }, port: portalPort);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public Browser Browser() => new(Portal.BaseAddress);

    public async Task DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var service in new[] { Portal, Api, Identity }.Where(s => s is not null))
        {
            await service.DisposeAsync();
        }

        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
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

    private async Task<TestDatabase> DatabaseAsync(string prefix)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, prefix);
        _databases.Add(database);
        return database;
    }
}
