using MimeKit;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>Every mail is a row first: nothing is lost while the SMTP server is down, and without SMTP mails become files.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class MailOutboxTests(MariaDbServer mariaDb, IdentityServers servers)
{
    [Fact]
    public async Task While_the_SMTP_server_is_down_the_mail_waits_in_the_outbox_and_goes_out_exactly_once_when_it_is_back()
    {
        // The shared server retries after 0.2 s, doubling up to 1 s; the test waits for states, not for times.
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = identity.NewSession();
        var email = Accounts.NewEmail("warten");
        var mailRow = $"FROM MailOutbox WHERE Recipient = '{email}' AND Template = 'ConfirmAccount'";

        var port = await identity.StopSmtpAsync();
        SmtpTestServer smtp;
        try
        {
            await Accounts.RegisterAsync(session, email);
            await Eventually(async () => await Sql.CountAsync(identity.Database,
                $"SELECT COUNT(*) {mailRow} AND SentAt IS NULL AND Attempts >= 2 AND LastError IS NOT NULL") == 1);
        }
        finally
        {
            smtp = await identity.StartSmtpAsync(port);
        }

        var delivered = await smtp.WaitForMessageAsync(email, Accounts.ConfirmSubject);
        await Eventually(async () => await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) {mailRow} AND SentAt IS NOT NULL") == 1);
        // A later mail arrives only after the sender has been round again: by then a second copy would be there too.
        var resend = await session.GetAsync("bestaetigung-erneut-senden");
        await session.SubmitAsync(resend, new Dictionary<string, string> { ["Input.Email"] = email });
        await smtp.WaitForMessageAsync(m => SmtpTestServer.IsTo(m, email) && m.MessageId != delivered.MessageId);

        Assert.Single(smtp.Messages, m => m.MessageId == delivered.MessageId);
        Assert.Equal(2, smtp.Messages.Count(m => SmtpTestServer.IsTo(m, email)));
        Assert.Equal("keine-antwort@sozialhub.test", delivered.From.Mailboxes.Single().Address);
        Assert.Matches(@"Mail \d+ \(ConfirmAccount\): attempt 1 failed", identity.Process.Output);
    }

    [Fact]
    public async Task Without_SMTP_configuration_mails_are_written_as_eml_files_and_the_log_says_where()
    {
        var identity = await servers.WithMailFilesAsync();
        using var session = identity.NewSession();
        var email = Accounts.NewEmail("datei");

        await Accounts.RegisterAsync(session, email);
        var mail = await identity.MailAsync(email, Accounts.ConfirmSubject);
        var file = identity.MailFiles().Single(path => SmtpTestServer.IsTo(MimeMessage.Load(path), email));
        var confirmed = await session.GetAsync(Accounts.LinkIn(mail, "/email-bestaetigen"));

        Assert.Contains($"No Smtp:Host is configured: mails are written as .eml files to {identity.MailDirectory}", identity.Process.Output, StringComparison.Ordinal);
        Assert.Contains($"delivered to {file}", identity.Process.Output, StringComparison.Ordinal);
        Assert.Equal("Bitte bestätigen Sie Ihre E-Mail-Adresse für den SozialHub", mail.Subject);
        Assert.Contains("Guten Tag,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Der Link gilt 3 Tage.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Guten Tag,</p>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Ihre E-Mail-Adresse ist bestätigt", confirmed.Heading);
    }

    // Waits for a state of the outbox without asserting how long it takes.
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbox did not reach the expected state within a minute.");
            await Task.Delay(100);
        }
    }
}
