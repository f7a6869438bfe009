using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SozialHub.Identity.Accounts;

/// <summary>Checks the account settings at start; each failure names its setting.</summary>
internal sealed class AccountOptionsValidator : IValidateOptions<AccountOptions>
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public ValidateOptionsResult Validate(string? name, AccountOptions options)
    {
        const string section = AccountOptions.SectionName;
        var failures = new List<string>();
        if (options.ConfirmationLinkLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{section}:ConfirmationLinkLifetime must be longer than zero.");
        }

        if (options.PasswordResetLinkLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{section}:PasswordResetLinkLifetime must be longer than zero.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.DemoAccounts.Count; i++)
        {
            var account = options.DemoAccounts[i];
            var key = $"{section}:DemoAccounts:{i}";
            if (!EmailFormat.IsValid(account.Email) || string.IsNullOrWhiteSpace(account.Email))
            {
                failures.Add($"{key}:Email '{account.Email}' is not an e-mail address.");
            }
            else if (!seen.Add(account.Email))
            {
                failures.Add($"{key}:Email '{account.Email}' is listed twice.");
            }

            foreach (var role in account.Roles.Where(r => !HubRoles.All.Contains(r, StringComparer.Ordinal)))
            {
                failures.Add($"{key}:Roles: '{role}' is unknown; use {string.Join(", ", HubRoles.All)}.");
            }

            if (account.Password is { Length: < AccountsExtensions.MinimumPasswordLength })
            {
                failures.Add($"{key}:Password is shorter than {AccountsExtensions.MinimumPasswordLength} characters.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
