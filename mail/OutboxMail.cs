using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Mail;

/// <summary>
/// One mail in the outbox: written in the same transaction as the change that causes it, delivered
/// later by <see cref="MailSender"/>. Rendered when queued, so a row is all the sender needs.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }

    /// <summary>The Message-ID header; the same on every delivery attempt, so a receiving server can drop a duplicate.</summary>
    public string MessageId { get; set; } = "";

    /// <summary>Which template made the mail; for logs and the data export.</summary>
    public string Template { get; set; } = "";

    public string Recipient { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When the sender may next try; while one tries, a lease in the future keeps others off.</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the SMTP server refused the recipient for good; the sender does not try again.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>Each service's context applies this, so every outbox table has the same shape.</summary>
public sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public const int ErrorLength = 1000;

    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.ToTable("MailOutbox");
        mail.Property(m => m.MessageId).HasMaxLength(100);
        mail.Property(m => m.Template).HasMaxLength(64);
        mail.Property(m => m.Recipient).HasMaxLength(256);
        mail.Property(m => m.Subject).HasMaxLength(300);
        mail.Property(m => m.LastError).HasMaxLength(ErrorLength);
        // The sender's question: what is unsent and due? The data export and account deletion ask by recipient.
        mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        mail.HasIndex(m => m.Recipient);
    }
}
