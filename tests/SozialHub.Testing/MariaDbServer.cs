using System.Diagnostics;
using MySqlConnector;
using Xunit;

namespace SozialHub.Testing;

/// <summary>
/// A private MariaDB server for one test run: <c>mariadb-install-db</c> into a temporary directory and
/// <c>mariadbd</c> on a free loopback port, as the current user; no system service, no Docker.
/// </summary>
public sealed class MariaDbServer : IAsyncLifetime
{
    public const string Collection = "MariaDB";
    public const string SkipVariable = "SOZIALHUB_SKIP_MARIADB";

    private static readonly string[] SearchPath =
        [.. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'), "/usr/sbin", "/usr/local/sbin", "/usr/local/mysql/bin"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sozialhub-mariadb-{Guid.NewGuid():N}"[..32]);
    private Process? _server;
    private int _port;

    /// <summary>True when the binaries are missing and the run asked to skip MariaDB tests.</summary>
    public static bool Skipped => Environment.GetEnvironmentVariable(SkipVariable) == "1" && Find("mariadbd") is null;

    public string AdminConnectionString => $"Server=127.0.0.1;Port={_port};User ID=root;Password=;Pooling=false";

    public async Task InitializeAsync()
    {
        if (Skipped)
        {
            return;
        }

        var server = Find("mariadbd") ?? Find("mysqld");
        var installer = Find("mariadb-install-db") ?? Find("mysql_install_db");
        if (server is null || installer is null)
        {
            throw new InvalidOperationException(
                "The MariaDB tests need the MariaDB server binaries (mariadbd, mariadb-install-db). " +
                $"Install them with 'sudo apt-get install mariadb-server', or set {SkipVariable}=1 to skip these tests.");
        }

        var data = Path.Combine(_directory, "data");
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root" ? "--user=root" : "";
        var install = await ProcessRunner.RunAsync(installer,
            ["--no-defaults", $"--datadir={data}", "--auth-root-authentication-method=normal", "--skip-test-db", asRoot]);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"mariadb-install-db failed ({install.ExitCode}):\n{install.Output}");
        }

        _port = FreePort.Next();
        _server = ProcessRunner.Start(server,
        [
            "--no-defaults", asRoot, $"--datadir={data}", $"--socket={Path.Combine(_directory, "mariadb.sock")}",
            $"--port={_port}", "--bind-address=127.0.0.1", "--skip-name-resolve",
            $"--log-error={Path.Combine(_directory, "error.log")}", $"--pid-file={Path.Combine(_directory, "mariadb.pid")}",
            "--innodb-buffer-pool-size=128M", "--innodb-flush-log-at-trx-commit=2",
            "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--max-connections=500",
        ]);
        await WaitUntilReadyAsync();
    }

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        if (Skipped)
        {
            throw new InvalidOperationException($"MariaDB tests are skipped ({SkipVariable}=1).");
        }

        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].Replace('-', '_');
        await using var connection = new MySqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand($"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", connection);
        await command.ExecuteNonQueryAsync();
        return $"Server=127.0.0.1;Port={_port};User ID=root;Password=;Database={name}";
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(10_000);
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying server; the temp directory is cleaned up by the system.
        }

        return Task.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new MySqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (MySqlException) when (DateTime.UtcNow < deadline && _server is { HasExited: false })
            {
                await Task.Delay(200);
            }
            catch (MySqlException e)
            {
                var log = Path.Combine(_directory, "error.log");
                throw new InvalidOperationException(
                    $"mariadbd did not come up: {e.Message}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }
        }
    }

    private static string? Find(string name) =>
        SearchPath.Where(d => d.Length > 0).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
