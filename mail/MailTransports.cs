using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SozialHub.Mail;

/// <summary>Where the sender delivers: an SMTP server, or .eml files when none is configured.</summary>
internal interface IMailTransport
{
    /// <summary>For the start-up log line.</summary>
    string Description { get; }

    /// <summary>A connection for one batch of mails; fails when the server cannot be reached.</summary>
    Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken);
}

internal interface IMailConnection : IAsyncDisposable
{
    /// <returns>Where the mail went, for the log.</returns>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

internal sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public string Description => $"Mails are delivered to the SMTP server {options.Value.Host}:{options.Value.Port}";

    public async Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            var security = Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true);
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return new Connection(client, $"{smtp.Host}:{smtp.Port}");
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Connection(SmtpClient client, string server) : IMailConnection
    {
        public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await client.SendAsync(message, cancellationToken);
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException)
            {
                // The mails are delivered; a failed goodbye changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}

/// <summary>The embedded default: every mail becomes an .eml file that any mail program opens.</summary>
internal sealed class PickupDirectoryTransport(string directory) : IMailTransport, IMailConnection
{
    public string Description => $"No {SmtpOptions.SectionName}:Host is configured: mails are written as .eml files to {directory}";

    public Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        return Task.FromResult<IMailConnection>(this);
    }

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var path = Path.Combine(directory, name);
        // Written under another name first, so nobody opens a half-written file.
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
