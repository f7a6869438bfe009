using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SozialHub.Identity.Mail;
using SozialHub.Mail;

namespace SozialHub.Identity.Accounts;

/// <summary>
/// The mails about an account, queued in the outbox with their links. The caller commits them together with the
/// account change (<see cref="MailOutbox.CommitAsync"/>). Links point back at this service, at the address the
/// request came in on.
/// </summary>
public sealed class AccountMails(
    UserManager<ApplicationUser> users, MailOutbox outbox, LinkGenerator links, IHttpContextAccessor http,
    IOptions<AccountOptions> options)
{
    public async Task QueueConfirmationAsync(ApplicationUser user, string? returnUrl)
    {
        var code = LinkCodes.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        outbox.Queue(user.Email!, MailTemplate.ConfirmAccount, new MailValues()
            .Link("Link", Link("/Registration/ConfirmEmail", new { userId = user.Id, code, returnUrl }))
            .Text("Lifetime", GermanDuration.Format(options.Value.ConfirmationLinkLifetime)));
    }

    public async Task QueuePasswordResetAsync(ApplicationUser user)
    {
        var code = LinkCodes.Encode(await users.GeneratePasswordResetTokenAsync(user));
        outbox.Queue(user.Email!, MailTemplate.ResetPassword, new MailValues()
            .Link("Link", Link("/Password/Reset", new { userId = user.Id, code }))
            .Text("Lifetime", GermanDuration.Format(options.Value.PasswordResetLinkLifetime)));
    }

    /// <summary>The link to the new address; a note to the old one, so a hijacked session cannot move the account quietly.</summary>
    public async Task QueueEmailChangeAsync(ApplicationUser user, string newEmail)
    {
        var code = LinkCodes.Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        outbox.Queue(newEmail, MailTemplate.ConfirmEmailChange, new MailValues()
            .Link("Link", Link("/Account/ConfirmEmailChange", new { userId = user.Id, email = newEmail, code }))
            .Text("Lifetime", GermanDuration.Format(options.Value.ConfirmationLinkLifetime)));
        outbox.Queue(user.Email!, MailTemplate.EmailChangeNotice, new MailValues()
            .Text("NewEmail", newEmail)
            .Link("Link", Link("/Password/Forgot", null)));
    }

    public void QueuePasswordChanged(ApplicationUser user) =>
        outbox.Queue(user.Email!, MailTemplate.PasswordChanged, new MailValues().Link("Link", Link("/Password/Forgot", null)));

    public void QueueAccountDeleted(string email) => outbox.Queue(email, MailTemplate.AccountDeleted, new MailValues());

    private Uri Link(string page, object? values)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Account mails are queued while handling a request.");
        var url = links.GetUriByPage(context, page, handler: null, values)
            ?? throw new InvalidOperationException($"The page {page} has no route.");
        return new Uri(url, UriKind.Absolute);
    }
}
