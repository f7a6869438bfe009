using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>Principals shaped as OpenIddict's validation hands them to the API, for tests that do not go over HTTP.</summary>
internal static class Principals
{
    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal Person(string[] roles, params string[] scopes) =>
        Create("person-1", "sozialhub-portal", roles, scopes.Length > 0 ? scopes : ["hub.read", "hub.write"]);

    public static ClaimsPrincipal Machine(string clientId, params string[] scopes) => Create(clientId, clientId, [], scopes);

    private static ClaimsPrincipal Create(string subject, string clientId, string[] roles, string[] scopes)
    {
        var identity = new ClaimsIdentity("Bearer", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.ClientId, clientId);
        identity.SetClaims(Claims.Role, [.. roles]);
        identity.SetScopes(scopes);
        return new ClaimsPrincipal(identity);
    }
}
