using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Pages.Registration;
using SozialHub.Mail;

namespace SozialHub.Identity.Pages.Forms;

/// <summary>
/// A form that asks for an e-mail address and mails a link to it. The answer is the same whether or
/// not the address has an account, so the page tells a stranger nothing.
/// </summary>
public abstract class MailLinkPageModel(UserManager<ApplicationUser> users, AccountsDbContext db, MailOutbox outbox) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    /// <summary>The kind of "mail sent" page shown afterwards.</summary>
    protected abstract string SentKind { get; }

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
        if (user is not null && ShouldSendTo(user))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await QueueAsync(user);
            await outbox.CommitAsync(transaction, cancellationToken);
        }

        return RedirectToPage("/MailSent", new { kind = SentKind });
    }

    protected virtual bool ShouldSendTo(ApplicationUser user) => true;

    protected abstract Task QueueAsync(ApplicationUser user);
}
