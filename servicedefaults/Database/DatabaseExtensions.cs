using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MySqlConnector;

namespace SozialHub.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    public const string ConnectionStringName = "SozialHub";
    private const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>
    /// Registers the service's DbContext on the configured provider. Each provider has its own context
    /// subclass so that each keeps its own migration set (see docs/adr/0004). Interceptors registered
    /// as <see cref="IInterceptor"/> services are attached (tests count SQL statements with one).
    /// </summary>
    /// <param name="serviceName">Names the SQLite file (data/{serviceName}.db) and the migrations history table.</param>
    public static DatabaseProvider AddDatabase<TContext, TSqliteContext, TMySqlContext>(
        this IHostApplicationBuilder builder, string serviceName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TMySqlContext : TContext
    {
        var configuration = builder.Configuration;
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var historyTable = $"__{serviceName}_migrations";

        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = PrepareSqlite(connectionString, builder.Environment.ContentRootPath, serviceName);
            builder.Services.AddDbContext<TContext, TSqliteContext>((services, options) => options
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable))
                .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException($"{ConnectionStringKey} is required when Database:Provider is MySql.");
            }

            var serverVersion = ReadServerVersion(configuration["Database:ServerVersion"], connectionString);
            builder.Services.AddDbContext<TContext, TMySqlContext>((services, options) => options
                .UseMySql(connectionString, serverVersion.Value, mysql => mysql.MigrationsHistoryTable(historyTable))
                .AddInterceptors(services.GetServices<IInterceptor>()));
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>("database");
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return provider;
    }

    /// <summary>Applies pending migrations and returns the process exit code: the <c>migrate</c> command.</summary>
    public static async Task<int> MigrateDatabaseAsync<TContext>(this WebApplication app)
        where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator<TContext>.MigrateAsync(scope.ServiceProvider.GetRequiredService<TContext>(), CancellationToken.None);
        Console.WriteLine("Database is up to date.");
        return 0;
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupException($"Database:Provider '{value}' is not supported; use Sqlite or MySql.");
    }

    private static string PrepareSqlite(string? connectionString, string contentRoot, string serviceName)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? $"Data Source=data/{serviceName}.db" : connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }

    // Detecting the version needs the server, so it happens once, when the first context is created
    // (the migrator at start), where an unreachable server becomes a one-line start-up error.
    private static Lazy<ServerVersion> ReadServerVersion(string? configured, string connectionString)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return ServerVersion.TryParse(configured, out var version)
                ? new Lazy<ServerVersion>(version)
                : throw new StartupException($"Database:ServerVersion '{configured}' is not a version like 10.11-mariadb or 8.0-mysql.");
        }

        return new Lazy<ServerVersion>(() =>
        {
            try
            {
                return ServerVersion.AutoDetect(connectionString);
            }
            catch (Exception e) when (e is MySqlException or InvalidOperationException or ArgumentException)
            {
                throw new StartupException($"{ConnectionStringKey}: cannot reach the MySql/MariaDB server ({e.Message})", e);
            }
        });
    }
}
