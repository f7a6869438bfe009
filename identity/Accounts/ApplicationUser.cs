using Microsoft.AspNetCore.Identity;

namespace SozialHub.Identity.Accounts;

/// <summary>A person's account: citizen, planner or member of an organisation (roles tell which).</summary>
/// <remarks>The e-mail address is also the user name, so that people sign in with what they remember.</remarks>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameLength = 100;

    /// <summary>The name shown with the person's contributions; chosen freely, a pseudonym is fine.</summary>
    [PersonalData]
    public string? DisplayName { get; set; }

    /// <summary>When the account was registered (UTC).</summary>
    [PersonalData]
    public DateTime CreatedAt { get; set; }
}
