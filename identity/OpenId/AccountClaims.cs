using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using SozialHub.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.OpenId;

/// <summary>
/// The claims about an account that go into its tokens, read from the database at every authorization and
/// refresh, so a role taken away is gone from the next access token.
/// </summary>
public sealed class AccountClaims(UserManager<ApplicationUser> users, IOptions<IdentityOptions> identity)
{
    /// <summary>Sets (replacing earlier values) the account's claims on <paramref name="principal"/> and where each goes.</summary>
    /// <remarks>The security stamp goes into no token a client sees, only into codes and refresh tokens, which the
    /// token endpoint checks: a changed password or e-mail address ends the refresh chain.</remarks>
    public async Task ApplyAsync(ClaimsIdentity principal, ApplicationUser user)
    {
        var memberships = (await users.GetClaimsAsync(user))
            .Where(claim => claim.Type == HubClaims.Organization)
            .Select(claim => claim.Value);
        principal.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName ?? user.Email)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.EmailVerified, user.EmailConfirmed)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)])
            .SetClaims(HubClaims.Organization, [.. memberships])
            .SetClaim(identity.Value.ClaimsIdentity.SecurityStampClaimType, await users.GetSecurityStampAsync(user));
        principal.SetDestinations(claim => DestinationsOf(claim, principal));
    }

    /// <summary>
    /// Access tokens carry what the API authorizes by (name for attribution, roles) and, when the client was granted the
    /// <c>email</c> scope, the address: the API records it for organisation members it writes to (ADR 0014). Identity
    /// tokens carry what the granted scopes allow the portal to show.
    /// </summary>
    private static ImmutableArray<string> DestinationsOf(Claim claim, ClaimsIdentity principal) => claim.Type switch
    {
        Claims.Name => principal.HasScope(Scopes.Profile) ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken],
        Claims.Email => principal.HasScope(Scopes.Email) ? [Destinations.AccessToken, Destinations.IdentityToken] : [],
        Claims.EmailVerified => principal.HasScope(Scopes.Email) ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken],
        Claims.Role or HubClaims.Organization => principal.HasScope(Scopes.Roles) ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken],
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [],
    };
}
