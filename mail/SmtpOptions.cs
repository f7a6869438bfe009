namespace SozialHub.Mail;

/// <summary>The <c>Smtp</c> section: where mails go. Without a host they are written as .eml files instead.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public static readonly string[] SecurityModes = ["Auto", "None", "StartTls", "SslOnConnect"];

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender, e.g. <c>SozialHub &lt;keine-antwort@stadt.example&gt;</c>; required with a host.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// <c>Auto</c> (TLS on port 465, STARTTLS when the server offers it), <c>None</c>, <c>StartTls</c> (required) or
    /// <c>SslOnConnect</c>. A string, not an enum, so that a typo is reported like every other wrong setting.
    /// </summary>
    public string Security { get; set; } = "Auto";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>The <c>Mail</c> section: how the outbox is worked off.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Where mails go without SMTP: .eml files, relative to the service's content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>How often the sender looks for due mails when nothing wakes it (a new mail wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait after the first failed attempt; it doubles with every further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long sent mails stay in the outbox (they hold addresses, so not for ever).</summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The wait before the attempt after <paramref name="failures"/> failures: exponential, capped.</summary>
    public TimeSpan Backoff(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var delay = RetryDelay.TotalMilliseconds * Math.Pow(2, exponent);
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxRetryDelay.TotalMilliseconds));
    }
}
