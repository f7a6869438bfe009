using System.Buffers;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SozialHub.Testing;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package) that keeps every mail it receives, for tests of
/// services that send mail. Start it on a port of its own, or on a port a service was already told to use,
/// to bring "the mail server" up while the service runs.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private readonly List<MimeMessage> _messages = [];
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SmtpServer.SmtpServer? _server;
    private Task _running = Task.CompletedTask;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The sender address the <see cref="Settings"/> give a service.</summary>
    public const string From = "SozialHub Test <keine-antwort@sozialhub.test>";

    /// <summary>Every mail received so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The configuration that points a SozialHub service at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => SettingsFor(Port);

    public static IReadOnlyDictionary<string, string?> SettingsFor(int port) => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = IPAddress.Loopback.ToString(),
        ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = From,
    };

    /// <summary>Starts listening (on <paramref name="port"/>, or a free one) and returns once connections are accepted.</summary>
    public static async Task<SmtpTestServer> StartAsync(int? port = null)
    {
        var server = new SmtpTestServer(port ?? FreePort.Next());
        await server.ListenAsync();
        return server;
    }

    /// <summary>The first mail (received already or yet to come) that matches; fails after <paramref name="timeout"/>.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultWait);
        while (true)
        {
            Task arrived;
            lock (_messages)
            {
                var found = _messages.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"No matching mail arrived within {(timeout ?? DefaultWait).TotalSeconds} s; received: {string.Join(" | ", Messages.Select(Describe))}");
            }
        }
    }

    /// <summary>The first mail to <paramref name="recipient"/> whose subject contains <paramref name="subject"/>.</summary>
    public Task<MimeMessage> WaitForMessageAsync(string recipient, string subject, TimeSpan? timeout = null) =>
        WaitForMessageAsync(m => IsTo(m, recipient) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal), timeout);

    public static bool IsTo(MimeMessage message, string recipient) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        _server?.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Stopped by the cancellation above.
        }
        catch (TimeoutException)
        {
            // A session that does not end; the process ends it.
        }

        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, _) => listening.TrySetResult();
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(this));

        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        await Task.WhenAny(listening.Task, _running).WaitAsync(DefaultWait);
        if (_running.IsFaulted)
        {
            await _running; // the reason, e.g. the port is taken
        }
    }

    private void Add(MimeMessage message)
    {
        lock (_messages)
        {
            _messages.Add(message);
            var arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived.SetResult();
        }
    }

    private static string Describe(MimeMessage message) => $"{string.Join(",", message.To.Mailboxes.Select(m => m.Address))}: {message.Subject}";

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream();
            foreach (var segment in buffer)
            {
                stream.Write(segment.Span);
            }

            stream.Position = 0;
            owner.Add(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
