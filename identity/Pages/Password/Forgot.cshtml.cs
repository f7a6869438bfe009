using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Pages.Registration;
using SozialHub.Identity.Security;
using SozialHub.Mail;

namespace SozialHub.Identity.Pages.Password;

/// <summary>
/// Asks for a reset link. An unconfirmed account gets the link too: using it proves the mailbox,
/// which also confirms the address (see <see cref="ResetModel"/>).
/// </summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ForgotModel(UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox)
    : MailLinkPageModel(users, db, outbox)
{
    protected override string SentKind => MailSentModel.PasswordReset;

    protected override Task QueueAsync(ApplicationUser user) => mails.QueuePasswordResetAsync(user);
}
