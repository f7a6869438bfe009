namespace SozialHub.Api.Mail;

/// <summary>
/// The mails the hub sends; each has a German Markdown template <c>Mail/Templates/{name}.md</c> that starts with a
/// line <c>Betreff: …</c>. Features queue them with <see cref="SozialHub.Mail.MailOutbox"/> in the same
/// transaction as the change that causes them.
/// </summary>
public enum HubMail
{
}
