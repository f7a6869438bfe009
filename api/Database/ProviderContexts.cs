using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Database;

public sealed class SqliteApiDbContext(DbContextOptions<SqliteApiDbContext> options) : ApiDbContext(options);

public sealed class MySqlApiDbContext(DbContextOptions<MySqlApiDbContext> options) : ApiDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class SqliteApiDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApiDbContext>
{
    public SqliteApiDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteApiDbContext>(ApiDbContext.ServiceName));
}

internal sealed class MySqlApiDesignTimeFactory : IDesignTimeDbContextFactory<MySqlApiDbContext>
{
    public MySqlApiDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.MySql<MySqlApiDbContext>(ApiDbContext.ServiceName));
}
