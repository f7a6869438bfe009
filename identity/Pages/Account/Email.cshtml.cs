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

/// <summary>A new address counts only once its link is opened (<see cref="ConfirmEmailChangeModel"/>).</summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class EmailModel(UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox) : PageModel
{
    [BindProperty]
    public NewEmailInput Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        CurrentEmail = user.Email!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        CurrentEmail = user.Email!;
        if (ModelState.IsValid && string.Equals(Input.NewEmail, CurrentEmail, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", "Das ist schon die E-Mail-Adresse Ihres Kontos.");
        }
        else if (ModelState.IsValid && await users.FindByEmailAsync(Input.NewEmail) is not null)
        {
            ModelState.AddModelError("Input.NewEmail", GermanIdentityErrors.DuplicateEmailText);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await mails.QueueEmailChangeAsync(user, Input.NewEmail);
        await outbox.CommitAsync(transaction, cancellationToken);
        return RedirectToPage("/MailSent", new { kind = MailSentModel.EmailChange });
    }
}

public sealed class NewEmailInput
{
    [Required(ErrorMessage = "Bitte geben Sie die neue E-Mail-Adresse ein.")]
    [EmailAddress(ErrorMessage = Texts.EmailInvalid)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string NewEmail { get; set => field = value?.Trim() ?? ""; } = "";
}
