namespace SozialHub.Identity.Accounts;

/// <summary>Account settings in the <c>Identity</c> section (beside the OpenID Connect settings).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Identity";

    /// <summary>How long a link to confirm an e-mail address (new account or new address) stays valid.</summary>
    public TimeSpan ConfirmationLinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a link to set a new password stays valid; it is also spent by its first use.</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Accounts created on first start, in Development only (e.g. an admin and a planner for the demo).</summary>
    public List<DemoAccount> DemoAccounts { get; set; } = [];
}

/// <summary>One entry of <c>Identity:DemoAccounts</c>.</summary>
public sealed class DemoAccount
{
    public string Email { get; set; } = "";

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>Optional (for automated tests of other parts); without it a password is generated and printed once.</summary>
    public string? Password { get; set; }
}
