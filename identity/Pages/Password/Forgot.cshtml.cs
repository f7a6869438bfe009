using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Mail;
using SozialHub.Identity.Pages.Registration;
using SozialHub.Identity.Security;

namespace SozialHub.Identity.Pages.Password;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address has an account. An unconfirmed account
/// gets the link too: using it proves the mailbox, which also confirms the address (see <see cref="ResetModel"/>).
/// </summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ForgotModel(UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox) : PageModel
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
        if (user is not null)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await mails.QueuePasswordResetAsync(user);
            await outbox.CommitAsync(transaction, cancellationToken);
        }

        return RedirectToPage("/MailSent", new { kind = MailSentModel.PasswordReset });
    }
}
