using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;

namespace SozialHub.Identity.Pages.Registration;

/// <summary>The link from the registration mail. Confirming twice is harmless, so the page just says it is done.</summary>
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        var token = LinkCodes.Decode(code);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && token is not null
            && (user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded);
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
