using System.Text.RegularExpressions;
using MimeKit;

namespace SozialHub.Identity.Tests;

/// <summary>The steps a person takes, as the tests take them: register, confirm by mail, sign in.</summary>
internal static partial class Accounts
{
    public const string Password = "Lange Sätze sind gute Passwörter";
    public const string DisplayName = "Erika Mustermann";

    public const string ConfirmSubject = "Bitte bestätigen Sie Ihre E-Mail-Adresse";
    public const string ResetSubject = "Ihr neues Passwort";
    public const string PasswordChangedSubject = "Passwort Ihres SozialHub-Kontos wurde geändert";

    /// <summary>A fresh address, so tests on a shared server never meet.</summary>
    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)] + "@beispiel.de";

    public static async Task<WebPage> RegisterAsync(WebSession session, string email, string password = Password, string displayName = DisplayName)
    {
        var form = await session.GetAsync("registrieren");
        return await session.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    /// <summary>Opens the link of the confirmation mail.</summary>
    public static async Task<WebPage> ConfirmAsync(RunningIdentity identity, WebSession session, string email)
    {
        var mail = await identity.MailAsync(email, ConfirmSubject);
        return await session.GetAsync(LinkIn(mail, "/email-bestaetigen"));
    }

    public static async Task<WebPage> SignInAsync(WebSession session, string email, string password = Password)
    {
        var form = await session.GetAsync("anmelden");
        return await session.SubmitAsync(form, Credentials(email, password));
    }

    public static Dictionary<string, string> Credentials(string email, string password = Password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    /// <summary>A registered, confirmed and signed-in account in a session of its own.</summary>
    public static async Task<WebSession> SignedInAsync(RunningIdentity identity, string email, string displayName = DisplayName)
    {
        var session = identity.NewSession();
        await RegisterAsync(session, email, displayName: displayName);
        await ConfirmAsync(identity, session, email);
        var signedIn = await SignInAsync(session, email);
        Assert.Equal("/konto", signedIn.Path);
        return session;
    }

    /// <summary>The link in a mail's plain-text part that leads to <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage mail, string path)
    {
        var links = Link().Matches(mail.TextBody ?? "").Select(m => m.Value).Where(l => new Uri(l).AbsolutePath == path).ToList();
        Assert.True(links.Count > 0, $"No link to {path} in: {mail.TextBody}");
        return links[0];
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
