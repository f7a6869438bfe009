using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using SozialHub.Identity.Accounts;
using SozialHub.Identity.Database;
using SozialHub.Identity.Pages.Forms;
using SozialHub.Identity.Security;
using SozialHub.Mail;

namespace SozialHub.Identity.Pages.Registration;

/// <summary>The confirmation link again, for accounts not yet confirmed.</summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ResendModel(UserManager<ApplicationUser> users, AccountsDbContext db, AccountMails mails, MailOutbox outbox)
    : MailLinkPageModel(users, db, outbox)
{
    protected override string SentKind => MailSentModel.ConfirmationAgain;

    protected override bool ShouldSendTo(ApplicationUser user) => !user.EmailConfirmed;

    protected override Task QueueAsync(ApplicationUser user) => mails.QueueConfirmationAsync(user, returnUrl: null);
}

public sealed class EmailInput
{
    [Required(ErrorMessage = Texts.EmailRequired)]
    [EmailAddress(ErrorMessage = Texts.EmailInvalid)]
    [StringLength(256, ErrorMessage = Texts.TooLong)]
    public string Email { get; set => field = value?.Trim() ?? ""; } = "";
}
