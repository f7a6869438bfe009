using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Security;
using SozialHub.Mail;

namespace SozialHub.Identity.Pages.Account;

/// <summary>
/// A new password, with the current one as proof (a borrowed session is not enough). Limited like sign-in,
/// because the current password can be guessed here too.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class PasswordModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountsDbContext db, AccountMails mails,
    MailOutbox outbox) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            ModelState.AddIdentityErrors(changed, code => code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? "Input.CurrentPassword"
                : FormExtensions.Fields("", "Input.NewPassword")(code));
            return Page();
        }

        mails.QueuePasswordChanged(user);
        await outbox.CommitAsync(transaction, cancellationToken);
        // The security stamp changed: renew this session's cookie; other sessions and refresh tokens end.
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Account/Index", new { status = "passwort" });
    }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Bitte geben Sie Ihr bisheriges Passwort ein.")]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = Texts.NewPasswordRequired)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = Texts.RepeatRequired)]
    [Compare(nameof(NewPassword), ErrorMessage = Texts.PasswordsDiffer)]
    public string ConfirmPassword { get; set; } = "";
}
