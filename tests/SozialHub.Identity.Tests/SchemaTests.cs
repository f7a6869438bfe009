using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>
/// The schema the migrations create. On MariaDB with utf8mb4 OpenIddict's composite indexes only fit
/// because the model sizes the key columns (see AccountsDbContext); that the migration applies there at all
/// is the main proof, the index checks below are the detail.
/// </summary>
[Collection(MariaDbServer.Collection)]
public sealed class SchemaTests(MariaDbServer mariaDb, IdentityServers servers)
{
    private const string TokenIndex = "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type";
    private const string AuthorizationIndex = "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type";

    private static readonly string[] Tables =
    [
        "AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens",
        "AspNetUsers", "DataProtectionKeys", "MailOutbox", "OpenIddictApplications", "OpenIddictAuthorizations", "OpenIddictScopes",
        "OpenIddictTokens", "__identity_migrations",
    ];

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Account_and_OpenIddict_tables_exist_with_their_composite_indexes(DatabaseProvider provider)
    {
        // The shared server migrated an empty database of its own at start; the checks read it directly.
        var database = (await servers.WithSmtpAsync(provider, mariaDb)).Database;

        var tables = provider == DatabaseProvider.MySql
            ? await Sql.ListAsync(database, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")
            : await Sql.ListAsync(database, "SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Superset(Tables.ToHashSet(StringComparer.Ordinal), tables.ToHashSet(StringComparer.Ordinal));

        string[] indexColumns = ["ApplicationId", "Status", "Subject", "Type"];
        Assert.Equal(indexColumns, await IndexColumnsAsync(database, "OpenIddictTokens", TokenIndex));
        Assert.Equal(indexColumns, await IndexColumnsAsync(database, "OpenIddictAuthorizations", AuthorizationIndex));

        // Data-protection keys live in the database: the service made its first key at start.
        Assert.True(await Sql.CountAsync(database, "SELECT COUNT(*) FROM DataProtectionKeys") >= 1);

        if (provider == DatabaseProvider.MySql)
        {
            await AssertIndexesFitTheKeyLimitAsync(database);
        }
    }

    private static async Task AssertIndexesFitTheKeyLimitAsync(TestDatabase database)
    {
        // Bytes per index: the sum of its columns' byte lengths (utf8mb4: 4 per character), against 3072.
        var oversized = await Sql.ListAsync(database, """
            SELECT CONCAT(s.TABLE_NAME, '.', s.INDEX_NAME, ' = ', SUM(COALESCE(c.CHARACTER_OCTET_LENGTH, 8)))
            FROM information_schema.STATISTICS s
            JOIN information_schema.COLUMNS c
              ON c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME AND c.COLUMN_NAME = s.COLUMN_NAME
            WHERE s.TABLE_SCHEMA = DATABASE()
            GROUP BY s.TABLE_NAME, s.INDEX_NAME
            HAVING SUM(COALESCE(c.CHARACTER_OCTET_LENGTH, 8)) > 3072
            """);
        Assert.Empty(oversized);
    }

    private static Task<List<string>> IndexColumnsAsync(TestDatabase database, string table, string index) =>
        database.Provider == DatabaseProvider.MySql
            ? Sql.ListAsync(database, $"""
                SELECT COLUMN_NAME FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '{table}' AND INDEX_NAME = '{index}'
                ORDER BY SEQ_IN_INDEX
                """)
            : Sql.ListAsync(database, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno");
}
