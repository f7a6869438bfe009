using Microsoft.EntityFrameworkCore.Storage;
using SozialHub.Identity.Database;

namespace SozialHub.Identity.Mail;

/// <summary>
/// Puts mails into the outbox table of the accounts database. A queued mail is saved with the account change
/// that causes it, in one transaction: either both happen or neither.
/// </summary>
public sealed class MailOutbox(AccountsDbContext db, MailSignal signal, TimeProvider time)
{
    public void Queue(string recipient, MailTemplate template, MailValues values)
    {
        var rendered = MailTemplates.Render(template, values);
        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxMails.Add(new OutboxMail
        {
            MessageId = $"{Guid.NewGuid():N}@sozialhub.identity",
            Template = template.ToString(),
            Recipient = recipient,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>Saves what is pending (account changes and queued mails), commits, and wakes the sender.</summary>
    public async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken = default)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
    }
}
