using Microsoft.Extensions.Options;
using MimeKit;

namespace SozialHub.Mail;

/// <summary>Checks the <c>Smtp</c> and <c>Mail</c> sections at start; each failure names its setting.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<SmtpOptions>, IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        const string section = SmtpOptions.SectionName;
        if (!string.IsNullOrWhiteSpace(options.From) && !MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add($"{section}:From '{options.From}' is not a mail address like 'SozialHub <keine-antwort@stadt.example>'.");
        }

        if (options.UsesSmtp)
        {
            if (string.IsNullOrWhiteSpace(options.From))
            {
                failures.Add($"{section}:From is required when {section}:Host is set.");
            }

            if (options.Port is < 1 or > 65535)
            {
                failures.Add($"{section}:Port {options.Port} is not a TCP port (1–65535).");
            }

            if (!SmtpOptions.SecurityModes.Contains(options.Security, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{section}:Security '{options.Security}' is unknown; use {string.Join(", ", SmtpOptions.SecurityModes)}.");
            }

            if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
            {
                failures.Add($"{section}:UserName and {section}:Password go together; set both or neither.");
            }
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        const string section = MailOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add($"{section}:PickupDirectory must not be empty.");
        }

        RequirePositive(failures, $"{section}:PollInterval", options.PollInterval);
        RequirePositive(failures, $"{section}:RetryDelay", options.RetryDelay);
        RequirePositive(failures, $"{section}:KeepSentFor", options.KeepSentFor);
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add($"{section}:MaxRetryDelay {options.MaxRetryDelay} is shorter than {section}:RetryDelay {options.RetryDelay}.");
        }

        return Result(failures);
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} must be longer than zero.");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
