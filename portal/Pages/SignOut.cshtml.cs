using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SozialHub.Portal.Pages;

/// <summary>
/// Signs out of the portal and of the identity server. Only by POST with the antiforgery token (Razor Pages check
/// it), so that no other site can sign a person out; a GET shows the button.
/// </summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : LocalRedirect("/");

    public IActionResult OnPost() => User.Identity?.IsAuthenticated == true
        ? SignOut(new AuthenticationProperties { RedirectUri = "/" },
            CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme)
        : LocalRedirect("/");
}
