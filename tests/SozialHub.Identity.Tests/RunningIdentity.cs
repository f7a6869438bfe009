using System.Text.RegularExpressions;
using MimeKit;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>
/// An identity process with its database, where its mails go (an SMTP test server or a directory of .eml files) and,
/// when asked for, the real API it anonymises and exports contributions through.
/// </summary>
internal sealed partial class RunningIdentity : IAsyncDisposable
{
    private RunningIdentity(ServiceProcess process, TestDatabase database, SmtpTestServer? smtp, string? mailDirectory, ServiceProcess? api)
    {
        Process = process;
        Database = database;
        Smtp = smtp;
        MailDirectory = mailDirectory;
        Api = api;
    }

    public ServiceProcess Process { get; }

    /// <summary>The API (SQLite, demo city, post-moderation) that trusts this identity's tokens; null when it has none.</summary>
    public ServiceProcess? Api { get; }

    public TestDatabase Database { get; }

    /// <summary>The mail server, while it is up.</summary>
    public SmtpTestServer? Smtp { get; private set; }

    /// <summary>Where mails are written without SMTP.</summary>
    public string? MailDirectory { get; }

    public Uri BaseAddress => Process.BaseAddress;

    /// <summary>
    /// Starts identity with mail to <paramref name="smtp"/>, or (without it) to .eml files in a new directory. Without
    /// <paramref name="withApi"/> its API address leads nowhere: deletions and exports find the API down.
    /// </summary>
    public static async Task<RunningIdentity> StartAsync(TestDatabase database, SmtpTestServer? smtp, bool withApi, params (string Key, string? Value)[] more)
    {
        var port = FreePort.Next();
        var address = $"http://127.0.0.1:{port}/";
        ServiceProcess? api = null;
        try
        {
            // The API learns the issuer now and fetches its keys at the first token, once identity is up.
            api = withApi ? await ServiceProcess.StartAsync("api", (await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-api")).With(
                ("Identity:Authority", address), ("Participation:PreModeration", "0"))) : null;
            var apiAddress = api?.BaseAddress.ToString() ?? $"http://127.0.0.1:{FreePort.Next()}/";
            return await StartAsync(database, smtp, port, api, [("Identity:Api:BaseUrl", apiAddress), ("Identity:Api:Authority", address), .. more]);
        }
        catch
        {
            if (api is not null)
            {
                await api.DisposeAsync();
            }

            throw;
        }
    }

    private static async Task<RunningIdentity> StartAsync(
        TestDatabase database, SmtpTestServer? smtp, int port, ServiceProcess? api, (string Key, string? Value)[] more)
    {
        var directory = smtp is null ? Directory.CreateTempSubdirectory("sozialhub-mail-").FullName : null;
        var settings = new Dictionary<string, string?>(database.Settings);
        foreach (var (key, value) in smtp?.Settings ?? new Dictionary<string, string?> { ["Mail:PickupDirectory"] = directory })
        {
            settings[key] = value;
        }

        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        try
        {
            return new RunningIdentity(await ServiceProcess.StartAsync("identity", settings, port: port), database, smtp, directory, api);
        }
        catch
        {
            if (smtp is not null)
            {
                await smtp.DisposeAsync();
            }

            throw;
        }
    }

    public WebSession NewSession() => new(BaseAddress);

    /// <summary>Takes the SMTP server down; <see cref="StartSmtpAsync"/> brings it back on the same port.</summary>
    public async Task<int> StopSmtpAsync()
    {
        var port = Smtp!.Port;
        await Smtp.DisposeAsync();
        Smtp = null;
        return port;
    }

    public async Task<SmtpTestServer> StartSmtpAsync(int port) => Smtp = await SmtpTestServer.StartAsync(port);

    /// <summary>The first mail to <paramref name="recipient"/> with <paramref name="subject"/> in its subject, by SMTP or as a file.</summary>
    public async Task<MimeMessage> MailAsync(string recipient, string subject)
    {
        if (Smtp is not null)
        {
            return await Smtp.WaitForMessageAsync(recipient, subject);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = MailFiles().Select(path => MimeMessage.Load(path))
                .FirstOrDefault(m => SmtpTestServer.IsTo(m, recipient) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal));
            if (found is not null || DateTime.UtcNow > deadline)
            {
                return found ?? throw new TimeoutException($"No mail '{subject}' to {recipient} in {MailDirectory}.");
            }

            await Task.Delay(100);
        }
    }

    public IEnumerable<string> MailFiles() => Directory.EnumerateFiles(MailDirectory!, "*.eml").Order();

    /// <summary>The generated password of a Development demo account, as printed when the service created it.</summary>
    public string DemoPassword(string email)
    {
        var line = DemoLine().Matches(Process.Output).Single(m => m.Groups["email"].Value == email);
        return line.Groups["password"].Value;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }

        if (MailDirectory is not null)
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    [GeneratedRegex(@"Demo account (?<email>\S+) \([^)]*\) created with password: (?<password>\S+)")]
    private static partial Regex DemoLine();
}
