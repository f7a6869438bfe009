using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace SozialHub.Identity.Accounts;

/// <summary>
/// NIST SP 800-63B: besides length, refuse passwords that are commonly used, and ones taken from the account
/// itself (its e-mail address). No composition rules. The list is short and embedded; a breached-password
/// service would be the optional next step.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string TooCommon = "PasswordTooCommon";
    public const string FromAccount = "PasswordFromAccount";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var normalized = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(normalized) || normalized.Distinct().Count() == 1)
        {
            return Failed(TooCommon, "Dieses Passwort ist sehr verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes – zum Beispiel einen kurzen Satz aus mehreren Wörtern.");
        }

        var email = user.Email?.ToLowerInvariant() ?? "";
        var localPart = email.Split('@')[0];
        if (email.Length > 0 && (normalized == email || (localPart.Length >= 4 && normalized.Contains(localPart, StringComparison.Ordinal))))
        {
            return Failed(FromAccount, "Das Passwort darf nicht Ihre E-Mail-Adresse enthalten.");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
