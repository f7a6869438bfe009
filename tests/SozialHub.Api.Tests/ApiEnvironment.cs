using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.Database;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

[CollectionDefinition(Collection)]
public sealed class ApiCollection : ICollectionFixture<ApiEnvironment>
{
    public const string Collection = "API";
}

/// <summary>
/// What the API tests share: one private MariaDB server, and per provider one API with the demo city
/// loaded (for tests that only read). Tests that write get a database of their own.
/// </summary>
public sealed class ApiEnvironment : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, ApiFactory> _seeded = [];
    private readonly Dictionary<(string, DatabaseProvider), ApiFactory> _shared = [];

    private TestTokenIssuer? _issuer;

    public MariaDbServer MariaDb { get; } = new();

    /// <summary>A stand-in identity server for APIs that need signed-in callers (<c>Identity:Authority</c>), started once.</summary>
    public async Task<TestTokenIssuer> IssuerAsync() => _issuer ??= await TestTokenIssuer.StartAsync();

    public Task InitializeAsync() => MariaDb.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var factory in _seeded.Values.Concat(_shared.Values))
        {
            await factory.DisposeAsync();
        }

        await MariaDb.DisposeAsync();
        if (_issuer is not null)
        {
            await _issuer.DisposeAsync();
        }
    }

    /// <summary>The API on a database with the demo city, shared by read-only tests.</summary>
    public async Task<ApiFactory> SeededAsync(DatabaseProvider provider)
    {
        if (!_seeded.TryGetValue(provider, out var factory))
        {
            factory = await StartAsync(provider, "seeded", loadDemoCity: true);
            _seeded.Add(provider, factory);
        }

        return factory;
    }

    /// <summary>
    /// An API on a database of its own (with the demo city unless said otherwise) and more data, prepared once per
    /// name and provider and shared by the tests that only read it.
    /// </summary>
    public async Task<ApiFactory> SharedAsync(
        string name, DatabaseProvider provider, Func<ApiFactory, Task> prepare, bool loadDemoCity = true, params (string Key, string? Value)[] settings)
    {
        if (!_shared.TryGetValue((name, provider), out var factory))
        {
            factory = await StartAsync(provider, name, loadDemoCity, settings);
            await prepare(factory);
            _shared.Add((name, provider), factory);
        }

        return factory;
    }

    /// <summary>An API of its own on a fresh database, started (migrated, and seeded if asked).</summary>
    public async Task<ApiFactory> StartAsync(DatabaseProvider provider, string prefix, bool loadDemoCity, params (string Key, string? Value)[] settings)
    {
        var database = await TestDatabase.CreateAsync(provider, MariaDb, prefix);
        var factory = new ApiFactory(database.With([("Seed:LoadOnFirstStart", loadDemoCity ? "true" : "false"), .. settings]));
        _ = factory.Server; // starts the host: migrations and the demo city run now
        return factory;
    }
}

/// <summary>The API in-process on a given configuration, with SQL statements counted.</summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public SqlCounter Sql { get; } = new();

    public async Task<T> WithDbAsync<T>(Func<ApiDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApiDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Tests count the statements of repeated queries; ResponseCacheTests turn the cache on for themselves.
        builder.UseSetting("GraphQL:ResponseCache:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddHttpContextAccessor().AddSingleton<IInterceptor>(Sql));
    }
}

/// <summary>Counts the SQL commands the API sends, to show that queries do not grow with list sizes.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    // Reads the ambient request; background work (the mail sender, scheduled jobs) has none and is not counted.
    private readonly HttpContextAccessor _requests = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (_requests.HttpContext is not null)
        {
            Interlocked.Increment(ref _count);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
