using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SozialHub.Mail;

/// <summary>
/// Works off the outbox: delivers due mails, marks each sent, and retries failures with exponential backoff.
/// Rows are claimed before sending, so two instances never send the same mail; a row claimed by a sender that
/// died is taken up again when its lease runs out. Nothing is given up while the server is unreachable.
/// </summary>
internal sealed class MailSender(
    IServiceScopeFactory scopes,
    MailSignal signal,
    IOptions<MailOptions> options,
    IOptions<SmtpOptions> smtp,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<MailSender> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private const string DefaultFrom = "SozialHub <keine-antwort@localhost>";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    // Consecutive rounds in which the server could not be reached; the whole sender backs off, not each mail.
    private int _transportFailures;
    private IMailTransport _transport = null!;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Chosen here, not in the constructor: reading the options earlier would report a wrong setting alone,
        // before the start-up check that reports all of them together.
        _transport = smtp.Value.UsesSmtp
            ? new SmtpMailTransport(smtp)
            : new PickupDirectoryTransport(Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath));
        logger.LogInformation("{Transport}", _transport.Description);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await WorkOffAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // E.g. the database is briefly unreachable: the mails are safe in it, so just try again later.
                logger.LogError(e, "The mail outbox could not be read; trying again in {Wait}", options.Value.PollInterval);
                wait = options.Value.PollInterval;
            }

            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    /// <returns>How long to wait before the next round.</returns>
    private async Task<TimeSpan> WorkOffAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IMailOutboxDbContext>();
        await PurgeOldAsync(db, cancellationToken);

        var now = Now;
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        _transportFailures = await DeliverAsync(db, due, cancellationToken) ? 0 : _transportFailures + 1;
        return _transportFailures > 0 ? options.Value.Backoff(_transportFailures) : await UntilNextDueAsync(db, cancellationToken);
    }

    /// <returns>false when the transport failed and the round was stopped.</returns>
    private async Task<bool> DeliverAsync(IMailOutboxDbContext db, List<OutboxMail> due, CancellationToken cancellationToken)
    {
        IMailConnection? connection = null;
        try
        {
            foreach (var mail in due)
            {
                if (!await ClaimAsync(db, mail, cancellationToken))
                {
                    continue; // another instance has it
                }

                if (!TryCompose(mail, out var message, out var invalid))
                {
                    await RecordFailureAsync(db, mail, invalid, permanent: true, cancellationToken);
                    continue;
                }

                try
                {
                    connection ??= await _transport.ConnectAsync(cancellationToken);
                    var destination = await connection.SendAsync(message, cancellationToken);
                    await MarkSentAsync(db, mail);
                    logger.LogInformation("Mail {Id} ({Template}) delivered to {Destination}", mail.Id, mail.Template, destination);
                }
                catch (SmtpCommandException e) when (connection is not null)
                {
                    // The server refused this mail but is reachable: go on with the next one.
                    await RecordFailureAsync(db, mail, e.Message, IsPermanent(e), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await RecordFailureAsync(db, mail, e.Message, permanent: false, cancellationToken);
                    return false;
                }
            }

            return true;
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<bool> ClaimAsync(IMailOutboxDbContext db, OutboxMail mail, CancellationToken cancellationToken)
    {
        var leaseEnd = Now + Lease;
        var attempts = mail.Attempts + 1;
        var claimed = await db.OutboxMails
            .Where(m => m.Id == mail.Id && m.Attempts == mail.Attempts && m.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, leaseEnd), cancellationToken);
        mail.Attempts = attempts;
        return claimed == 1;
    }

    // Not cancellable: the mail is out, so the row must say so even while the service stops, or it would go out again.
    private async Task MarkSentAsync(IMailOutboxDbContext db, OutboxMail mail)
    {
        var now = Now;
        await db.OutboxMails.Where(m => m.Id == mail.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, now).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }

    private async Task RecordFailureAsync(IMailOutboxDbContext db, OutboxMail mail, string error, bool permanent, CancellationToken cancellationToken)
    {
        var now = Now;
        var next = now + options.Value.Backoff(mail.Attempts);
        DateTime? failedAt = permanent ? now : null;
        var message = error.Length > OutboxMailConfiguration.ErrorLength ? error[..OutboxMailConfiguration.ErrorLength] : error;
        await db.OutboxMails.Where(m => m.Id == mail.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.FailedAt, failedAt)
                .SetProperty(m => m.LastError, message), cancellationToken);
        if (permanent)
        {
            logger.LogError("Mail {Id} ({Template}) was refused for good and will not be sent: {Error}", mail.Id, mail.Template, error);
        }
        else
        {
            logger.LogWarning("Mail {Id} ({Template}): attempt {Attempt} failed ({Error}); next attempt at {Next:O}",
                mail.Id, mail.Template, mail.Attempts, error, next);
        }
    }

    private async Task PurgeOldAsync(IMailOutboxDbContext db, CancellationToken cancellationToken)
    {
        var before = Now - options.Value.KeepSentFor;
        await db.OutboxMails.Where(m => m.SentAt < before || m.FailedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<TimeSpan> UntilNextDueAsync(IMailOutboxDbContext db, CancellationToken cancellationToken)
    {
        var poll = options.Value.PollInterval;
        var next = await db.OutboxMails.Where(m => m.SentAt == null && m.FailedAt == null)
            .MinAsync(m => (DateTime?)m.NextAttemptAt, cancellationToken);
        if (next is null)
        {
            return poll;
        }

        var until = next.Value - Now;
        return until <= TimeSpan.Zero ? TimeSpan.Zero : until < poll ? until : poll;
    }

    private bool TryCompose(OutboxMail mail, out MimeMessage message, out string error)
    {
        message = new MimeMessage();
        error = "";
        if (!MailboxAddress.TryParse(mail.Recipient, out var recipient))
        {
            error = $"'{mail.Recipient}' is not a mail address.";
            return false;
        }

        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(smtp.Value.From) ? DefaultFrom : smtp.Value.From));
        message.To.Add(recipient);
        message.Subject = mail.Subject;
        message.MessageId = mail.MessageId;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedAt, DateTimeKind.Utc));
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return true;
    }

    // 5xx for a recipient: the address does not exist there; trying again would not change that.
    private static bool IsPermanent(SmtpCommandException e) =>
        e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500;
}
