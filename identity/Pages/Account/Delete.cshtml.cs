using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Participation;
using SozialHub.Identity.Security;

namespace SozialHub.Identity.Pages.Account;

/// <summary>Deletes the account for good, after the password is given again.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class DeleteModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountDeletion deletion) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError("Input.Password", Texts.WrongPassword);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        IdentityResult deleted;
        try
        {
            deleted = await deletion.DeleteAsync(user, cancellationToken);
        }
        catch (HubApiUnavailableException)
        {
            ModelState.AddModelError("", Texts.DeletionUnavailable);
            return Page();
        }

        if (!deleted.Succeeded)
        {
            ModelState.AddIdentityErrors(deleted, _ => "");
            return Page();
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }
}

public sealed class DeleteInput
{
    [Required(ErrorMessage = Texts.PasswordRequired)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Password { get; set; } = "";
}
