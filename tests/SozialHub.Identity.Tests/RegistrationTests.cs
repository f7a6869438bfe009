using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>Registration refuses what it must, in German, and keeps what was typed except the passwords.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class RegistrationTests(MariaDbServer mariaDb, IdentityServers servers)
{
    [Fact]
    public async Task A_second_account_for_the_same_address_is_refused_and_the_form_keeps_the_input()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = identity.NewSession();
        var email = Accounts.NewEmail("doppelt");
        await Accounts.RegisterAsync(session, email);

        var again = await Accounts.RegisterAsync(session, email.ToUpperInvariant(), displayName: "Zweite Person");

        Assert.StartsWith("Für diese E-Mail-Adresse gibt es schon ein Konto.", again.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Single(again.Errors);
        Assert.Equal("Zweite Person", again.Value("Input_DisplayName"));
        Assert.Equal(email.ToUpperInvariant(), again.Value("Input_Email"));
        Assert.Null(again.Value("Input_Password"));
        Assert.Null(again.Value("Input_ConfirmPassword"));
        Assert.Equal(1, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM AspNetUsers WHERE NormalizedEmail = '{email.ToUpperInvariant()}'"));
    }

    [Theory]
    [InlineData("kurz", "Das Passwort ist zu kurz: Es muss mindestens 10 Zeichen lang sein.")]
    [InlineData("1234567890", "Dieses Passwort ist sehr verbreitet und leicht zu erraten.")]
    [InlineData("aaaaaaaaaaaa", "Dieses Passwort ist sehr verbreitet und leicht zu erraten.")]
    public async Task A_weak_password_is_refused_with_the_reason_and_no_account_is_created(string password, string message)
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = identity.NewSession();
        var email = Accounts.NewEmail("schwach");

        var page = await Accounts.RegisterAsync(session, email, password);

        Assert.StartsWith(message, page.FieldError("Input_Password"), StringComparison.Ordinal);
        Assert.Equal(email, page.Value("Input_Email"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM AspNetUsers WHERE Email = '{email}'"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM MailOutbox WHERE Recipient = '{email}'"));
    }

    [Fact]
    public async Task A_password_made_of_the_address_and_a_mistyped_repetition_are_refused()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = identity.NewSession();
        var email = Accounts.NewEmail("eigenes");
        var form = await session.GetAsync("registrieren");

        var fromAddress = await Accounts.RegisterAsync(session, email, email.Split('@')[0] + "!!");
        var mistyped = await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Tippfehler",
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password + "x",
        });

        Assert.Equal("Das Passwort darf nicht Ihre E-Mail-Adresse enthalten.", fromAddress.FieldError("Input_Password"));
        Assert.Equal("Die beiden Passwörter stimmen nicht überein.", mistyped.FieldError("Input_ConfirmPassword"));
    }
}
