using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace SozialHub.ServiceDefaults.Database;

/// <summary>Applies the service's migrations when it starts, before it accepts requests.</summary>
public sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var applied = await MigrateAsync(db, cancellationToken);
        if (applied > 0)
        {
            logger.LogInformation("Applied {Count} migration(s) to the {Provider} database", applied, db.Database.ProviderName);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>The number of migrations applied.</returns>
    public static async Task<int> MigrateAsync(TContext db, CancellationToken cancellationToken)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Database.MigrateAsync(cancellationToken);
            return pending;
        }
        catch (MySqlException e)
        {
            throw new StartupException($"ConnectionStrings:{DatabaseExtensions.ConnectionStringName}: the MySql/MariaDB database failed ({e.Message})", e);
        }
    }
}
