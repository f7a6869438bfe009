using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Api.Authorization;

/// <summary>
/// Who is calling, read from the validated access token: a person (signed in through the portal) or a machine
/// client (client credentials). A machine client's roles come only from configuration, never from its token, so
/// that it reads public data and nothing more unless the city says so.
/// </summary>
public sealed class Caller
{
    private readonly ClaimsPrincipal _user;
    private readonly IReadOnlyList<string> _grants;

    private Caller(ClaimsPrincipal user, HubAuthorizationOptions options)
    {
        _user = user;
        IsAuthenticated = user.Identity?.IsAuthenticated == true;
        ClientId = user.GetClaim(Claims.ClientId) ?? user.GetPresenters().FirstOrDefault();
        var subject = user.GetClaim(Claims.Subject);
        // Client credentials: the identity server issues the token with the client as its subject.
        IsMachineClient = IsAuthenticated && ClientId is not null && string.Equals(subject, ClientId, StringComparison.Ordinal);
        _grants = IsMachineClient ? options.GrantsOf(ClientId!) : [];
    }

    public bool IsAuthenticated { get; }

    /// <summary>The application the token was issued to (the portal for people, the machine client itself otherwise).</summary>
    public string? ClientId { get; }

    public bool IsMachineClient { get; }

    public bool IsPerson => IsAuthenticated && !IsMachineClient;

    /// <summary>The organisations a member of role <c>organization</c> acts for (<c>org</c> claims).</summary>
    public IEnumerable<string> Organizations => IsPerson ? _user.GetClaims(HubClaims.Organization) : [];

    public static Caller Of(ClaimsPrincipal user, HubAuthorizationOptions options) => new(user, options);

    public bool HasRole(string role) => IsMachineClient
        ? _grants.Contains(role, StringComparer.Ordinal)
        : IsAuthenticated && _user.HasClaim(Claims.Role, role);

    /// <summary>A scope of the token; <c>hub.write</c> counts for a machine client only when configuration grants it too.</summary>
    public bool HasScope(string scope) => IsAuthenticated && _user.HasScope(scope)
        && (scope != HubPolicies.Write || !IsMachineClient || _grants.Contains(HubPolicies.Write, StringComparer.Ordinal));
}

/// <summary>Claims the identity server puts into access tokens besides the standard ones.</summary>
public static class HubClaims
{
    /// <summary>One per organisation a member of role <c>organization</c> belongs to.</summary>
    public const string Organization = "org";
}
