using System.Security.Claims;
using OpenIddict.Abstractions;
using SozialHub.Api.Authorization;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Api.Contributions;

/// <summary>The person writing, read from the access token: subject, display name, confirmed e-mail, role.</summary>
public sealed class Participant
{
    /// <summary>Shown when the token has no usable name.</summary>
    public const string UnnamedAuthor = "Anonym";

    private Participant(ClaimsPrincipal user)
    {
        Subject = user.GetClaim(Claims.Subject) ?? "";
        Name = DisplayName(user);
        HasConfirmedEmail = string.Equals(user.GetClaim(Claims.EmailVerified), "true", StringComparison.OrdinalIgnoreCase);
        IsPlanner = user.HasClaim(Claims.Role, HubPolicies.Planner);
        User = user;
    }

    /// <summary>The token's principal, for the organisation membership check (<c>OrganizationAccess</c>).</summary>
    public ClaimsPrincipal User { get; }

    public string Subject { get; }

    public string Name { get; }

    public bool HasConfirmedEmail { get; }

    /// <summary>Planners' contributions skip pre-moderation: they moderate themselves.</summary>
    public bool IsPlanner { get; }

    public static Participant Of(ClaimsPrincipal? user) => new(user ?? new ClaimsPrincipal());

    // Identity falls back to the e-mail address for the name of an account without a display name; an address
    // is never shown.
    private static string DisplayName(ClaimsPrincipal user)
    {
        var name = new[] { user.GetClaim(Claims.Name), user.GetClaim(Claims.PreferredUsername) }
            .Select(n => n?.Trim())
            .FirstOrDefault(n => !string.IsNullOrEmpty(n) && !n.Contains('@', StringComparison.Ordinal));
        return name is null ? UnnamedAuthor : name[..Math.Min(name.Length, Limits.Person)];
    }
}
