using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Security;

namespace SozialHub.Identity.Pages.Session;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(AccountSignIn accounts) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    /// <summary>Where to continue afterwards, e.g. the portal's authorization request.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Unconfirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await accounts.SignInAsync(Input.Email, Input.Password))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.LocalOr(ReturnUrl, "/konto"));
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("Input.Email", Texts.LockedOut);
                break;
            case SignInOutcome.Unconfirmed:
                Unconfirmed = true;
                ModelState.AddModelError("Input.Email", Texts.Unconfirmed);
                break;
            default:
                ModelState.AddModelError("Input.Password", Texts.WrongCredentials);
                break;
        }

        return Page();
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = Texts.EmailRequired)]
    [EmailAddress(ErrorMessage = Texts.EmailInvalid)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Email { get; set => field = value?.Trim() ?? ""; } = "";

    [Required(ErrorMessage = Texts.PasswordRequired)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Password { get; set; } = "";
}
