using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SozialHub.Portal.Participation;

/// <summary>
/// The form-side anti-spam of issue 6: a honeypot field people do not see and a time stamp, protected so it cannot
/// be forged, of when the form was shown. The API adds rate limits and refuses duplicates.
/// </summary>
public sealed class FormGuard(IDataProtectionProvider protection, TimeProvider time, IOptions<FormGuardOptions> options)
{
    /// <summary>The hidden field with the stamp.</summary>
    public const string StampField = "formStamp";

    /// <summary>The field hidden from people (CSS); bots fill in a field called website.</summary>
    public const string HoneypotField = "website";

    private readonly IDataProtector _protector = protection.CreateProtector("SozialHub.Portal.Participation.FormGuard");

    /// <summary>A fresh stamp for a form being shown now.</summary>
    public string Stamp() => _protector.Protect(time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Why the submission is refused, in German, or null when it looks like a person's.</summary>
    public string? Check(string? stamp, string? honeypot)
    {
        if (!string.IsNullOrEmpty(honeypot))
        {
            return "Ihr Beitrag konnte nicht angenommen werden. Bitte lassen Sie das Feld „Webseite“ leer.";
        }

        if (Shown(stamp) is not { } shown)
        {
            return "Das Formular ist ungültig. Bitte senden Sie es noch einmal ab.";
        }

        var elapsed = time.GetUtcNow() - shown;
        if (elapsed < TimeSpan.FromSeconds(options.Value.MinimumSecondsToSubmit))
        {
            return "Das ging sehr schnell. Bitte warten Sie einen Moment und senden Sie das Formular dann noch einmal ab.";
        }

        return elapsed > options.Value.MaximumFormAge
            ? "Das Formular ist abgelaufen. Bitte senden Sie es noch einmal ab."
            : null;
    }

    private DateTimeOffset? Shown(string? stamp)
    {
        if (string.IsNullOrEmpty(stamp))
        {
            return null;
        }

        try
        {
            return long.TryParse(_protector.Unprotect(stamp), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
