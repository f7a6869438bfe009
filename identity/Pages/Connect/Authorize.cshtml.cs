using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.OpenId;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.Pages.Connect;

/// <summary>
/// The authorization endpoint (code flow with PKCE; OpenIddict has validated the request). Without a session the
/// person signs in first and comes back here. Consent is implicit: every client is the city's own (see
/// <c>ClientRegistration</c>).
/// </summary>
// Authorization requests arrive as GET or as a form POST from another site: no antiforgery token.
[IgnoreAntiforgeryToken]
public sealed class AuthorizeModel(UserManager<ApplicationUser> users, AccountClaims claims) : PageModel
{
    public Task<IActionResult> OnGetAsync() => AuthorizeAsync();

    public Task<IActionResult> OnPostAsync() => AuthorizeAsync();

    private async Task<IActionResult> AuthorizeAsync()
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorization request reached the page without OpenIddict.");

        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        // A session may outlive what made it valid: the account deleted or locked since.
        if (user is null || !user.EmailConfirmed || await users.IsLockedOutAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user is not signed in.",
                    }),
                    OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            return Challenge(
                new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + QueryString.Create(Parameters()) },
                IdentityConstants.ApplicationScheme);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        // OpenIddict has checked that the client may ask for these scopes. Every account token is for the hub's API.
        identity.SetScopes(request.GetScopes());
        identity.SetResources(HubScopes.ApiResource);
        await claims.ApplyAsync(identity, user);
        return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // A POSTed request continues as a GET after sign-in, so its parameters move into the query string.
    private IEnumerable<KeyValuePair<string, string?>> Parameters() =>
        (Request.HasFormContentType ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)Request.Form : Request.Query)
            .SelectMany(parameter => parameter.Value.Select(value => new KeyValuePair<string, string?>(parameter.Key, value)));
}
