using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Mail;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Security;

namespace SozialHub.Identity.Pages.Registration;

/// <summary>The confirmation link again. The answer is the same whether or not the address has an account.</summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ResendModel(UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { EmailConfirmed: false })
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await mails.QueueConfirmationAsync(user, returnUrl: null);
            await outbox.CommitAsync(transaction, cancellationToken);
        }

        return RedirectToPage("/MailSent", new { kind = MailSentModel.ConfirmationAgain });
    }
}

public sealed class EmailInput
{
    [Required(ErrorMessage = Texts.EmailRequired)]
    [EmailAddress(ErrorMessage = Texts.EmailInvalid)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Email { get; set => field = value?.Trim() ?? ""; } = "";
}
