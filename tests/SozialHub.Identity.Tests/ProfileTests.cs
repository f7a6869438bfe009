using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>The profile: display name, a new e-mail address only after its link, a new password; both end the portal's refresh chain.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class ProfileTests(MariaDbServer mariaDb, IdentityServers servers)
{
    [Fact]
    public async Task The_display_name_changes_and_reaches_the_next_token()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = await Accounts.SignedInAsync(identity, Accounts.NewEmail("name"));

        var profile = await session.GetAsync("konto");
        var empty = await session.SubmitAsync(profile, new Dictionary<string, string> { ["Input.DisplayName"] = "  " });
        var saved = await session.SubmitAsync(profile, new Dictionary<string, string> { ["Input.DisplayName"] = "Jörg Müller-Lüdenscheidt" });
        var tokens = await PortalClient.AuthorizeAsync(session);

        Assert.Equal("Bitte geben Sie einen Anzeigenamen ein.", empty.FieldError("Input_DisplayName"));
        Assert.Equal("Ihr Anzeigename ist gespeichert.", saved.Document.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal("Jörg Müller-Lüdenscheidt", saved.Value("Input_DisplayName"));
        Assert.Equal("Jörg Müller-Lüdenscheidt", tokens.Access.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_new_address_counts_after_its_link_is_opened_and_the_old_one_is_told()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var old = Accounts.NewEmail("alt");
        var taken = Accounts.NewEmail("vergeben");
        var @new = Accounts.NewEmail("neu");
        using (await Accounts.SignedInAsync(identity, taken))
        {
        }

        using var session = await Accounts.SignedInAsync(identity, old);
        var tokens = await PortalClient.AuthorizeAsync(session);

        var form = await session.GetAsync("konto/email");
        var duplicate = await session.SubmitAsync(form, new Dictionary<string, string> { ["Input.NewEmail"] = taken });
        var sent = await session.SubmitAsync(form, new Dictionary<string, string> { ["Input.NewEmail"] = @new });
        Assert.StartsWith("Für diese E-Mail-Adresse gibt es schon ein Konto.", duplicate.FieldError("Input_NewEmail"), StringComparison.Ordinal);
        Assert.Equal("/gesendet/email", sent.Path);

        var notice = await identity.MailAsync(old, "soll geändert werden");
        Assert.Contains(@new, notice.TextBody, StringComparison.Ordinal);
        // Still the old address until the link is opened.
        Assert.Equal("/konto", (await Accounts.SignInAsync(identity.NewSession(), old)).Path);

        var link = Accounts.LinkIn(await identity.MailAsync(@new, "neue E-Mail-Adresse"), "/konto/email-bestaetigen");
        var changed = await session.GetAsync(link);

        Assert.Equal("Ihre neue E-Mail-Adresse ist bestätigt", changed.Heading);
        Assert.Equal("/konto", (await Accounts.SignInAsync(identity.NewSession(), @new)).Path);
        Assert.Equal("/anmelden", (await Accounts.SignInAsync(identity.NewSession(), old)).Path);
        var (refresh, _) = await PortalClient.RefreshAsync(session.Http, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_tells_by_mail_and_ends_the_refresh_chain()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var email = Accounts.NewEmail("passwort");
        using var session = await Accounts.SignedInAsync(identity, email);
        var tokens = await PortalClient.AuthorizeAsync(session);
        const string newPassword = "Mein neues langes Passwort";

        var form = await session.GetAsync("konto/passwort");
        var wrongCurrent = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "nicht das richtige",
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        var tooShort = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Accounts.Password,
            ["Input.NewPassword"] = "kurz",
            ["Input.ConfirmPassword"] = "kurz",
        });
        var changed = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Accounts.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });

        Assert.Equal("Das Passwort ist falsch.", wrongCurrent.FieldError("Input_CurrentPassword"));
        Assert.StartsWith("Das Passwort ist zu kurz", tooShort.FieldError("Input_NewPassword"), StringComparison.Ordinal);
        Assert.Equal("Ihr neues Passwort ist gespeichert.", changed.Document.QuerySelector("[role=status]")?.TextContent);
        await identity.MailAsync(email, Accounts.PasswordChangedSubject);
        var (refresh, _) = await PortalClient.RefreshAsync(session.Http, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh);
        // This session stays signed in; the portal gets new tokens from it.
        Assert.Equal("citizen", (await PortalClient.AuthorizeAsync(session)).Access.GetProperty("role").GetString());
        Assert.Equal("/konto", (await Accounts.SignInAsync(identity.NewSession(), email, newPassword)).Path);
    }
}
