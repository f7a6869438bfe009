using Microsoft.EntityFrameworkCore;

namespace SozialHub.ServiceDefaults.Database;

/// <summary>Options for <c>dotnet ef</c> at design time: no configuration, no server needed.</summary>
public static class DesignTimeOptions
{
    /// <summary>The server version the MySql migrations are generated for; they also run on MySQL 8.</summary>
    public static readonly ServerVersion MariaDb = new MariaDbServerVersion(new Version(10, 11));

    public static DbContextOptions<TContext> Sqlite<TContext>(string serviceName)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable($"__{serviceName}_migrations"))
            .Options;

    public static DbContextOptions<TContext> MySql<TContext>(string serviceName)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseMySql(MariaDb, o => o.MigrationsHistoryTable($"__{serviceName}_migrations"))
            .Options;
}
