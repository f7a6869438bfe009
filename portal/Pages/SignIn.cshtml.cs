using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SozialHub.Portal.Pages;

/// <summary>Sends the visitor to the identity server to sign in, and back to where they were.</summary>
public sealed class SignInModel : PageModel
{
    public IActionResult OnGet(string? returnUrl)
    {
        // Only paths of this site: an absolute URL here would make the portal an open redirector.
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return User.Identity?.IsAuthenticated == true
            ? LocalRedirect(target)
            : Challenge(new AuthenticationProperties { RedirectUri = target }, OpenIdConnectDefaults.AuthenticationScheme);
    }
}
