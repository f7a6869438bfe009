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

namespace SozialHub.Identity.Pages.Password;

/// <summary>
/// The link from the reset mail. A link works once: setting the password renews the security stamp, which
/// invalidates it, and ends every refresh chain of the account.
/// </summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ResetModel(
    UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkValid { get; private set; } = true;

    public async Task OnGetAsync()
    {
        var (user, token) = await ReadLinkAsync();
        LinkValid = user is not null && token is not null && await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
        if (!LinkValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, token) = await ReadLinkAsync();
        if (user is null || token is null)
        {
            return InvalidLink();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await users.ResetPasswordAsync(user, token, Input.Password);
        if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return InvalidLink();
        }

        if (!reset.Succeeded)
        {
            ModelState.AddIdentityErrors(reset, FormExtensions.Fields("", "Input.Password"));
            return Page();
        }

        // The link came by mail, so the address works; and the owner is back, so the lockout ends.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        mails.QueuePasswordChanged(user);
        await outbox.CommitAsync(transaction, cancellationToken);
        return RedirectToPage("/Password/ResetDone");
    }

    private async Task<(ApplicationUser? User, string? Token)> ReadLinkAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        return (user, LinkCodes.Decode(Code));
    }

    private PageResult InvalidLink()
    {
        LinkValid = false;
        ModelState.AddModelError("", Texts.InvalidLink);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

public sealed class NewPasswordInput
{
    [Required(ErrorMessage = Texts.NewPasswordRequired)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = Texts.RepeatRequired)]
    [Compare(nameof(Password), ErrorMessage = Texts.PasswordsDiffer)]
    public string ConfirmPassword { get; set; } = "";
}
