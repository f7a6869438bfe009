using SozialHub.ServiceDefaults.Database;
using Xunit;

namespace SozialHub.Testing;

/// <summary>A fresh, empty database on one provider, and the settings that point a service at it.</summary>
public sealed record TestDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:SozialHub"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, MariaDbServer? mariaDb, string prefix)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "sozialhub-tests");
            Directory.CreateDirectory(directory);
            return new TestDatabase(provider, $"Data Source={Path.Combine(directory, $"{prefix}-{Guid.NewGuid():N}.db")}");
        }

        ArgumentNullException.ThrowIfNull(mariaDb);
        return new TestDatabase(provider, await mariaDb.CreateDatabaseAsync(prefix));
    }

    /// <summary>Settings merged with more settings (the later win).</summary>
    public IReadOnlyDictionary<string, string?> With(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }
}

/// <summary>Theory data: every provider a database test runs on.</summary>
public static class DatabaseProviders
{
    public static TheoryData<DatabaseProvider> All
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (!MariaDbServer.Skipped)
            {
                data.Add(DatabaseProvider.MySql);
            }

            return data;
        }
    }
}
