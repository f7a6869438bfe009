using System.ComponentModel.DataAnnotations;

namespace SozialHub.ServiceDefaults.Database;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default, a file under data/) or <c>MySql</c> (MariaDB 10.11+ or MySQL 8).</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For MySql: e.g. <c>10.11-mariadb</c> or <c>8.0-mysql</c>; detected from the server when empty.</summary>
    public string? ServerVersion { get; set; }
}
