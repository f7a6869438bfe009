using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Identity.Database;

public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);

public sealed class MySqlAccountsDbContext(DbContextOptions<MySqlAccountsDbContext> options) : AccountsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class SqliteAccountsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteAccountsDbContext>(AccountsDbContext.ServiceName));
}

internal sealed class MySqlAccountsDesignTimeFactory : IDesignTimeDbContextFactory<MySqlAccountsDbContext>
{
    public MySqlAccountsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.MySql<MySqlAccountsDbContext>(AccountsDbContext.ServiceName));
}
