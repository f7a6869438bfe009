using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SozialHub.Mail;

/// <summary>The database context that holds a service's outbox table (see <see cref="OutboxMailConfiguration"/>).</summary>
public interface IMailOutboxDbContext
{
    DbSet<OutboxMail> OutboxMails { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Puts mails into the service's outbox table. A queued mail is saved with the change that causes it, in one
/// transaction: either both happen or neither.
/// </summary>
public sealed class MailOutbox(IMailOutboxDbContext db, MailSignal signal, TimeProvider time, IHostEnvironment environment)
{
    public void Queue<TTemplate>(string recipient, TTemplate template, MailValues values)
        where TTemplate : struct, Enum
    {
        var rendered = MailTemplates.Render(template, values);
        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxMails.Add(new OutboxMail
        {
            MessageId = $"{Guid.NewGuid():N}@{environment.ApplicationName.ToLowerInvariant()}",
            Template = template.ToString(),
            Recipient = recipient,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>Saves what is pending (the change and its queued mails) and wakes the sender.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }

    /// <summary>Saves what is pending, commits, and wakes the sender.</summary>
    public async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken = default)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
    }
}
