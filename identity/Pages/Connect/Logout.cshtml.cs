using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SozialHub.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Identity.Pages.Connect;

/// <summary>
/// The end-session endpoint (RP-initiated logout). With an <c>id_token_hint</c> for the signed-in person it signs
/// out at once; otherwise the request may come from any site, so the person confirms first. Signing out ends the
/// session here and revokes the tokens the client holds for the person, then OpenIddict redirects to the client's
/// registered post-logout address.
/// </summary>
// End-session requests arrive as GET or as a form POST from another site; the confirmation is checked by hand.
[IgnoreAntiforgeryToken]
public sealed class LogoutModel(
    SignInManager<ApplicationUser> signIn, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens,
    IAntiforgery antiforgery) : PageModel
{
    public const string ConfirmField = "abmelden";
    private const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The request's parameters, carried through the confirmation form.</summary>
    public List<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => LogoutAsync(confirmed: false);

    public async Task<IActionResult> OnPostAsync()
    {
        var confirmed = Request.Form.ContainsKey(ConfirmField);
        if (confirmed && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        return await LogoutAsync(confirmed);
    }

    private async Task<IActionResult> LogoutAsync(bool confirmed)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The end-session request reached the page without OpenIddict.");
        var hint = (await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var session = (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal;
        var subject = session?.GetClaim(Claims.Subject);

        if (subject is not null)
        {
            if (!confirmed && hint?.GetClaim(Claims.Subject) != subject)
            {
                Parameters = [.. Incoming().Where(p => p.Key is not (AntiforgeryField or ConfirmField))];
                return Page();
            }

            await RevokeAsync(subject, request.ClientId ?? hint?.GetAudiences().FirstOrDefault());
            await signIn.SignOutAsync();
        }

        return SignOut(new AuthenticationProperties { RedirectUri = "/" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task RevokeAsync(string subject, string? clientId)
    {
        var application = clientId is null ? null : await applications.FindByClientIdAsync(clientId, HttpContext.RequestAborted);
        if (application is not null)
        {
            var applicationId = await applications.GetIdAsync(application, HttpContext.RequestAborted);
            await tokens.RevokeAsync(subject, applicationId, status: null, type: null, HttpContext.RequestAborted);
        }
    }

    private IEnumerable<KeyValuePair<string, string>> Incoming() =>
        (Request.HasFormContentType ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)Request.Form : Request.Query)
            .SelectMany(parameter => parameter.Value.Select(value => new KeyValuePair<string, string>(parameter.Key, value ?? "")));
}
