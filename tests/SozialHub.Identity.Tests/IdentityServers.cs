using System.Globalization;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>
/// Identity processes shared by the tests: one per database provider that sends mail to a real SMTP server on
/// loopback and has a real API beside it, and one without SMTP that writes mails as .eml files and whose API is down. They start side by side in the background
/// (the SQLite ones with the fixture, the MariaDB one with the first test that asks for a server), because on a
/// small machine starting a service costs more than most tests. Tests create their own accounts (unique
/// addresses), so they do not see each other's data.
/// </summary>
public sealed class IdentityServers : IAsyncLifetime
{
    /// <summary>Reset links of the file-mail server expire at once, so a test can show an expired link refused.</summary>
    public const string ExpiredResetLinks = "00:00:00.001";

    /// <summary>The file-mail server allows this many registrations per client address and hour (RateLimitTests).</summary>
    public const int RegistrationLimit = 3;

    private readonly Lock _lock = new();
    private readonly Dictionary<DatabaseProvider, Task<RunningIdentity>> _withSmtp = [];
    private Task<RunningIdentity>? _withFiles;

    public Task InitializeAsync()
    {
        lock (_lock)
        {
            _withSmtp[DatabaseProvider.Sqlite] = StartWithSmtpAsync(DatabaseProvider.Sqlite, null);
            _withFiles = StartWithMailFilesAsync();
        }

        return Task.CompletedTask;
    }

    internal Task<RunningIdentity> WithSmtpAsync(DatabaseProvider provider, MariaDbServer mariaDb)
    {
        lock (_lock)
        {
            foreach (var other in MariaDbServer.Skipped ? [DatabaseProvider.Sqlite] : new[] { DatabaseProvider.Sqlite, DatabaseProvider.MySql })
            {
                if (!_withSmtp.ContainsKey(other))
                {
                    _withSmtp[other] = StartWithSmtpAsync(other, mariaDb);
                }
            }

            return _withSmtp[provider];
        }
    }

    internal Task<RunningIdentity> WithMailFilesAsync() => _withFiles!;

    public async Task DisposeAsync()
    {
        foreach (var starting in _withSmtp.Values.Append(_withFiles!))
        {
            try
            {
                await starting;
            }
            catch (Exception) when (!starting.IsCompletedSuccessfully)
            {
                continue; // it never started; the test that asked for it has reported why
            }

            await starting.Result.DisposeAsync();
        }
    }

    private static async Task<RunningIdentity> StartWithSmtpAsync(DatabaseProvider provider, MariaDbServer? mariaDb)
    {
        var database = await TestDatabase.CreateAsync(provider, mariaDb, "identity_shared");
        return await RunningIdentity.StartAsync(database, await SmtpTestServer.StartAsync(), withApi: true,
            // Out of the way of the many form posts of the tests (RateLimitTests uses the other server).
            ("Identity:RateLimits:SignIn:PermitLimit", "100000"),
            ("Identity:RateLimits:Registration:PermitLimit", "100000"),
            ("Identity:RateLimits:PasswordReset:PermitLimit", "100000"),
            // Quick retries, so MailOutboxTests sees delivery soon after it brings the SMTP server back.
            ("Mail:RetryDelay", "00:00:00.2"),
            ("Mail:MaxRetryDelay", "00:00:01"));
    }

    private static async Task<RunningIdentity> StartWithMailFilesAsync() =>
        await RunningIdentity.StartAsync(
            await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-files"), smtp: null, withApi: false,
            ("Identity:PasswordResetLinkLifetime", ExpiredResetLinks),
            ("Identity:RateLimits:Registration:PermitLimit", RegistrationLimit.ToString(CultureInfo.InvariantCulture)),
            ("Identity:RateLimits:Registration:Window", "01:00:00"),
            // As behind a reverse proxy: the client address comes from X-Forwarded-For (RateLimitTests sends its own).
            ("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true"));
}
