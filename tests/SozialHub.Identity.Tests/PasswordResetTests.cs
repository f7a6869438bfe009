using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>Forgotten passwords: a link by mail that works once and not for long; no hint whether an address has an account.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class PasswordResetTests(MariaDbServer mariaDb, IdentityServers servers)
{
    private const string NewPassword = "Ein ganz neues Passwort für mich";
    private const string InvalidLink = "Der Link ist abgelaufen oder wurde schon verwendet. Bitte fordern Sie einen neuen an.";

    [Fact]
    public async Task The_reset_link_sets_a_new_password_once_and_is_refused_when_used_again()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var email = Accounts.NewEmail("zuruecksetzen");
        using (await Accounts.SignedInAsync(identity, email))
        {
        }

        using var session = identity.NewSession();
        var sent = await RequestResetAsync(session, email);
        Assert.Equal("/gesendet/passwort", sent.Path);
        var link = Accounts.LinkIn(await identity.MailAsync(email, Accounts.ResetSubject), "/passwort-zuruecksetzen");

        var form = await session.GetAsync(link);
        var fields = new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword };
        var done = await session.SubmitAsync(form, fields);
        var reused = await session.SubmitAsync(form, fields);
        var reopened = await session.GetAsync(link);

        Assert.Equal("/passwort-zuruecksetzen/fertig", done.Path);
        await identity.MailAsync(email, Accounts.PasswordChangedSubject);
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Equal([InvalidLink], reused.Errors);
        Assert.Equal(HttpStatusCode.BadRequest, reopened.Status);
        Assert.Contains(InvalidLink, reopened.MainText, StringComparison.Ordinal);
        Assert.Null(reopened.Document.QuerySelector("main form"));

        Assert.Equal("/konto", (await Accounts.SignInAsync(identity.NewSession(), email, NewPassword)).Path);
        Assert.Equal("/anmelden", (await Accounts.SignInAsync(identity.NewSession(), email)).Path);
    }

    [Fact]
    public async Task An_expired_reset_link_is_refused()
    {
        // This server's reset links expire a millisecond after they are made.
        var identity = await servers.WithMailFilesAsync();
        var email = Accounts.NewEmail("abgelaufen");
        using (await Accounts.SignedInAsync(identity, email))
        {
        }

        using var session = identity.NewSession();
        await RequestResetAsync(session, email);
        var link = Accounts.LinkIn(await identity.MailAsync(email, Accounts.ResetSubject), "/passwort-zuruecksetzen");

        var page = await session.GetAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(InvalidLink, page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/passwort-vergessen']"));
    }

    [Fact]
    public async Task Reset_and_new_confirmation_answer_the_same_for_known_and_unknown_addresses()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var known = Accounts.NewEmail("bekannt");
        var unconfirmed = Accounts.NewEmail("offen");
        var unknown = Accounts.NewEmail("niemand");
        using (await Accounts.SignedInAsync(identity, known))
        {
        }

        using var session = identity.NewSession();
        await Accounts.RegisterAsync(session, unconfirmed);

        var resetKnown = await RequestResetAsync(session, known);
        var resetUnknown = await RequestResetAsync(session, unknown);
        var resendUnconfirmed = await RequestConfirmationAsync(session, unconfirmed);
        var resendKnown = await RequestConfirmationAsync(session, known);
        var resendUnknown = await RequestConfirmationAsync(session, unknown);

        Assert.Equal((resetKnown.Status, resetKnown.Path, resetKnown.Html), (resetUnknown.Status, resetUnknown.Path, resetUnknown.Html));
        Assert.Equal(resendUnconfirmed.Html, resendKnown.Html);
        Assert.Equal(resendUnconfirmed.Html, resendUnknown.Html);
        Assert.Equal("/gesendet/bestaetigung", resendUnknown.Path);
        // Mails only where there is an account to help: a reset for the known one, the link again for the unconfirmed one.
        await identity.MailAsync(known, Accounts.ResetSubject);
        Assert.Equal(2, await Sql.CountAsync(identity.Database,
            $"SELECT COUNT(*) FROM MailOutbox WHERE Recipient = '{unconfirmed}' AND Template = 'ConfirmAccount'"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM MailOutbox WHERE Recipient = '{unknown}'"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database,
            $"SELECT COUNT(*) FROM MailOutbox WHERE Recipient = '{known}' AND Template = 'ConfirmAccount' AND Id > (SELECT MIN(Id) FROM MailOutbox WHERE Recipient = '{known}')"));
    }

    private static async Task<WebPage> RequestResetAsync(WebSession session, string email) =>
        await session.SubmitAsync(await session.GetAsync("passwort-vergessen"), new Dictionary<string, string> { ["Input.Email"] = email });

    private static async Task<WebPage> RequestConfirmationAsync(WebSession session, string email) =>
        await session.SubmitAsync(await session.GetAsync("bestaetigung-erneut-senden"), new Dictionary<string, string> { ["Input.Email"] = email });
}
