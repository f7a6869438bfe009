using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SozialHub.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.OpenId;

/// <summary>Issues tokens once OpenIddict has validated the request and authenticated the client.</summary>
internal static class TokenEndpoint
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static async Task<IResult> ExchangeAsync(
        HttpContext context,
        IOpenIddictApplicationManager applications,
        IOpenIddictScopeManager scopes,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        AccountClaims claims)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request reached the endpoint without OpenIddict.");

        if (request.IsClientCredentialsGrantType())
        {
            return await ForClientAsync(request, applications, scopes, context.RequestAborted);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await ForAccountAsync(context, users, signIn, claims);
        }

        // OpenIddict rejects the flows the server does not allow before this point.
        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>A machine client acts for itself: the token's subject is its client id.</summary>
    private static async Task<IResult> ForClientAsync(
        OpenIddictRequest request, IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes,
        CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict authenticated a client that does not exist.");

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, await applications.GetClientIdAsync(application, cancellationToken));
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken));

        // OpenIddict has checked that the client may ask for these scopes.
        identity.SetScopes(request.GetScopes());
        var resources = new List<string>();
        await foreach (var resource in scopes.ListResourcesAsync(identity.GetScopes(), cancellationToken))
        {
            resources.Add(resource);
        }

        identity.SetResources(resources);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
    }

    /// <summary>
    /// Redeems an authorization code or refresh token for an account that still exists, may sign in, and has
    /// the security stamp the code or token was issued with (a new password or e-mail address ends the chain).
    /// The claims are read again, so role and membership changes take effect at the next refresh.
    /// </summary>
    private static async Task<IResult> ForAccountAsync(
        HttpContext context, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountClaims claims)
    {
        var principal = (await context.AuthenticateAsync(Scheme)).Principal;
        var user = principal is null ? null : await signIn.ValidateSecurityStampAsync(principal);
        if (principal is null || user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Refuse(Errors.InvalidGrant, "The account no longer exists or may not sign in.");
        }

        // Keeps OpenIddict's own claims (scopes, resources, authorization id), so the refresh chain stays one.
        var identity = new ClaimsIdentity(principal.Claims, TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        await claims.ApplyAsync(identity, user);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [Scheme]);
}
