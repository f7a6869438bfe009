using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;

namespace SozialHub.Identity.Pages.Session;

/// <summary>Ends the session at the identity service (the portal signs out through /connect/logout instead).</summary>
public sealed class SignOutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public bool SignedOut { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        await signIn.SignOutAsync();
        // The layout reads the user from the request, which still carries the old cookie.
        HttpContext.User = new System.Security.Claims.ClaimsPrincipal();
        SignedOut = true;
    }
}
