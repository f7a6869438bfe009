using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>Signing in: clear German messages, the form keeps the address but never the password, lockout after five.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class SignInTests(MariaDbServer mariaDb, IdentityServers servers)
{
    private const string WrongCredentials = "E-Mail-Adresse oder Passwort ist falsch.";

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_message_and_the_address_stays_in_the_form()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var email = Accounts.NewEmail("falsch");
        using var session = await Accounts.SignedInAsync(identity, email);
        using var visitor = identity.NewSession();

        var wrong = await Accounts.SignInAsync(visitor, email, "das falsche Passwort");
        var unknown = await Accounts.SignInAsync(visitor, Accounts.NewEmail("unbekannt"), "das falsche Passwort");

        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal(WrongCredentials, wrong.FieldError("Input_Password"));
        Assert.Equal([WrongCredentials], wrong.Errors);
        Assert.Equal(WrongCredentials, unknown.FieldError("Input_Password"));
        Assert.StartsWith("Fehler: Anmelden", wrong.Document.Title, StringComparison.Ordinal);
        Assert.Equal(email, wrong.Value("Input_Email"));
        Assert.Null(wrong.Value("Input_Password"));
        Assert.Equal("true", wrong.Document.GetElementById("Input_Password")!.GetAttribute("aria-invalid"));
        Assert.Equal("Input_Password-fehler", wrong.Document.GetElementById("Input_Password")!.GetAttribute("aria-describedby"));
        Assert.Equal("#Input_Password", wrong.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        var email = Accounts.NewEmail("sperre");
        using (await Accounts.SignedInAsync(identity, email))
        {
        }

        using var attacker = identity.NewSession();
        var messages = new List<string?>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var page = await Accounts.SignInAsync(attacker, email, $"geraten-{attempt}-geraten");
            messages.Add(page.FieldError("Input_Password") ?? page.FieldError("Input_Email"));
        }

        var rightPassword = await Accounts.SignInAsync(attacker, email);

        Assert.All(messages.Take(4), message => Assert.Equal(WrongCredentials, message));
        Assert.StartsWith("Nach zu vielen falschen Versuchen ist das Konto für 15 Minuten gesperrt.", messages[4], StringComparison.Ordinal);
        Assert.StartsWith("Nach zu vielen falschen Versuchen", rightPassword.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal("/anmelden", rightPassword.Path);
        Assert.Equal(1, await Sql.CountAsync(identity.Database,
            $"SELECT COUNT(*) FROM AspNetUsers WHERE Email = '{email}' AND LockoutEnd IS NOT NULL"));
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_summary_and_next_to_each_field()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = identity.NewSession();

        var form = await session.GetAsync("anmelden");
        var page = await session.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal("Bitte geben Sie Ihre E-Mail-Adresse ein.", page.FieldError("Input_Email"));
        Assert.Equal("Bitte geben Sie Ihr Passwort ein.", page.FieldError("Input_Password"));
        Assert.Equal(2, page.Errors.Count);
        Assert.Equal("alert", page.Document.QuerySelector(".error-summary")!.GetAttribute("role"));
    }
}
