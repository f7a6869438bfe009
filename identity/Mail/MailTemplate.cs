namespace SozialHub.Identity.Mail;

/// <summary>The mails the identity service sends; each has a German Markdown template <c>Mail/Templates/{name}.md</c>.</summary>
public enum MailTemplate
{
    ConfirmAccount,
    ConfirmEmailChange,
    EmailChangeNotice,
    ResetPassword,
    PasswordChanged,
    AccountDeleted,
}
