using System.Net;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>
/// A person's whole way through the identity service, over HTTP against the real process and a real SMTP server:
/// register, confirm by mail, sign in, the portal's code flow with PKCE, refresh with rotation, logout; then the
/// data export and the deletion of the account with the person's contributions in the real API. On SQLite and MariaDB.
/// </summary>
[Collection(MariaDbServer.Collection)]
public sealed class AccountFlowTests(MariaDbServer mariaDb, IdentityServers servers)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_citizen_registers_confirms_signs_in_to_the_portal_refreshes_and_logs_out(DatabaseProvider provider)
    {
        var identity = await servers.WithSmtpAsync(provider, mariaDb);
        using var session = identity.NewSession();
        var email = Accounts.NewEmail("ablauf");

        var sent = await Accounts.RegisterAsync(session, email);
        Assert.Equal("/gesendet/konto", sent.Path);

        // Not before the address is confirmed, and only with the right password does it say so.
        var early = await Accounts.SignInAsync(session, email);
        Assert.Contains("noch nicht bestätigt", early.FieldError("Input_Email"), StringComparison.Ordinal);

        var mail = await identity.MailAsync(email, Accounts.ConfirmSubject);
        var link = Accounts.LinkIn(mail, "/email-bestaetigen");
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(link)}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", mail.HtmlBody, StringComparison.Ordinal);
        var confirmed = await session.GetAsync(link);
        Assert.Equal("Ihre E-Mail-Adresse ist bestätigt", confirmed.Heading);

        // The portal sends the browser to /connect/authorize; without a session it lands on the sign-in form.
        var pkce = Pkce.Create();
        var signInForm = await session.GetAsync(PortalClient.AuthorizeUrl(pkce, "zustand-1"));
        Assert.Equal("/anmelden", signInForm.Path);
        var back = await session.SubmitAsync(signInForm, Accounts.Credentials(email));
        var code = PortalClient.CodeFrom(back, "zustand-1");

        var (wrongVerifier, wrongBody) = await PortalClient.RedeemAsync(session.Http, code, Pkce.Create().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier);
        Assert.Equal("invalid_grant", wrongBody.GetProperty("error").GetString());

        // Signed in now: the next authorization request goes straight back to the portal.
        var tokens = await PortalClient.AuthorizeAsync(session);
        AssertAccountTokens(tokens, identity, email);

        var (userInfoStatus, userInfo) = await PortalClient.UserInfoAsync(session.Http, tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, userInfoStatus);
        Assert.Equal(tokens.Access.GetProperty("sub").GetString(), userInfo.GetProperty("sub").GetString());
        Assert.Equal(Accounts.DisplayName, userInfo.GetProperty("name").GetString());
        Assert.Equal(email, userInfo.GetProperty("email").GetString());
        Assert.True(userInfo.GetProperty("email_verified").GetBoolean());
        Assert.Equal(["citizen"], Http.Strings(userInfo.GetProperty("role")));
        Assert.Empty(Http.Strings(userInfo.GetProperty("org")));

        // Rotation: the refresh token works once; used again it is refused.
        var (refreshed, refreshedBody) = await PortalClient.RefreshAsync(session.Http, tokens.RefreshToken);
        Assert.True(refreshed == HttpStatusCode.OK, refreshedBody.ToString());
        Assert.NotEqual(tokens.RefreshToken, refreshedBody.GetProperty("refresh_token").GetString());
        var (reused, reusedBody) = await PortalClient.RefreshAsync(session.Http, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, reused);
        Assert.Equal("invalid_grant", reusedBody.GetProperty("error").GetString());

        // Logout with the id token as hint: signed out at once, tokens revoked, back to the registered address.
        var beforeLogout = await PortalClient.AuthorizeAsync(session);
        var logout = await session.GetAsync(
            $"connect/logout?id_token_hint={beforeLogout.IdentityToken}&post_logout_redirect_uri={Uri.EscapeDataString(PortalClient.PostLogoutRedirectUri)}&state=weg");
        Assert.Equal(HttpStatusCode.Redirect, logout.Status);
        Assert.Equal($"{PortalClient.PostLogoutRedirectUri}?state=weg", logout.Location!.ToString());
        var (afterLogout, _) = await PortalClient.RefreshAsync(session.Http, beforeLogout.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, afterLogout);
        var again = await session.GetAsync(PortalClient.AuthorizeUrl(Pkce.Create(), "zustand-2"));
        Assert.Equal("/anmelden", again.Path);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_person_downloads_their_data_and_deletes_the_account(DatabaseProvider provider)
    {
        var identity = await servers.WithSmtpAsync(provider, mariaDb);
        var api = identity.Api!;
        var email = Accounts.NewEmail("loeschen");
        using var session = await Accounts.SignedInAsync(identity, email, "Max Beispiel");
        var tokens = await PortalClient.AuthorizeAsync(session, PortalClient.WritingScopes);
        var subject = tokens.Access.GetProperty("sub").GetString()!;
        // Written in the portal with the person's own token: the API stores it under their sub and name.
        var comment = await HubApi.CommentAsync(api, tokens.AccessToken, "Mehr Plätze in der Kita am Markt, bitte.");
        Assert.Equal(("Max Beispiel", "Mehr Plätze in der Kita am Markt, bitte."), await HubApi.PublicAsync(api, comment));

        var exportPage = await session.GetAsync("konto/daten");
        using var download = await session.Http.PostAsync("konto/daten", new FormUrlEncodedContent(FormFields(exportPage)));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sozialhub-meine-daten-", download.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var export = JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement;
        var account = export.GetProperty("account");
        Assert.Equal(subject, account.GetProperty("id").GetString());
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("Max Beispiel", account.GetProperty("displayName").GetString());
        Assert.True(account.GetProperty("emailConfirmed").GetBoolean());
        Assert.Equal(["citizen"], Http.Strings(account.GetProperty("roles")));
        Assert.Contains(export.GetProperty("mails").EnumerateArray(), m => m.GetProperty("template").GetString() == "ConfirmAccount");
        var contributions = export.GetProperty("contributions");
        var exported = Assert.Single(contributions.GetProperty("contributions").EnumerateArray());
        Assert.Equal(comment, exported.GetProperty("id").GetString());
        Assert.Equal("Mehr Plätze in der Kita am Markt, bitte.", exported.GetProperty("text").GetString());
        Assert.Equal("Max Beispiel", exported.GetProperty("authorName").GetString());
        Assert.Equal("COMMENT", exported.GetProperty("kind").GetString());
        Assert.Empty(contributions.GetProperty("supported").EnumerateArray());
        Assert.Empty(contributions.GetProperty("flags").EnumerateArray());

        var deleteForm = await session.GetAsync("konto/loeschen");
        var wrong = await session.SubmitAsync(deleteForm, new Dictionary<string, string> { ["Input.Password"] = "nicht das Passwort" });
        Assert.Equal("Das Passwort ist falsch.", wrong.FieldError("Input_Password"));
        var deleted = await session.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });
        Assert.Equal("/konto-geloescht", deleted.Path);

        // The contribution stays where it was, without the name (issue 5).
        Assert.Equal(("gelöschtes Konto", "Mehr Plätze in der Kita am Markt, bitte."), await HubApi.PublicAsync(api, comment));

        await identity.MailAsync(email, "Ihr SozialHub-Konto wurde gelöscht");
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM AspNetUsers WHERE Id = '{subject}'"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM AspNetUserRoles WHERE UserId = '{subject}'"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM OpenIddictTokens WHERE Subject = '{subject}'"));
        Assert.Equal(0, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM OpenIddictAuthorizations WHERE Subject = '{subject}'"));
        // Only the goodbye remains in the outbox, until it is purged with the other sent mails.
        Assert.Equal(1, await Sql.CountAsync(identity.Database, $"SELECT COUNT(*) FROM MailOutbox WHERE Recipient = '{email}'"));

        var (refresh, _) = await PortalClient.RefreshAsync(session.Http, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh);
        using var fresh = identity.NewSession();
        var signIn = await Accounts.SignInAsync(fresh, email);
        Assert.Equal("E-Mail-Adresse oder Passwort ist falsch.", signIn.FieldError("Input_Password"));
    }

    private static void AssertAccountTokens(Tokens tokens, RunningIdentity identity, string email)
    {
        var access = tokens.Access;
        Assert.Equal(identity.BaseAddress.ToString(), access.GetProperty("iss").GetString());
        Assert.Equal("sozialhub-api", access.GetProperty("aud").GetString());
        Assert.Equal(PortalClient.ClientId, access.GetProperty("client_id").GetString());
        Assert.Equal("citizen", access.GetProperty("role").GetString());
        Assert.Equal(Accounts.DisplayName, access.GetProperty("name").GetString());
        Assert.True(access.GetProperty("email_verified").GetBoolean());
        Assert.Contains("hub.read", access.GetProperty("scope").GetString()!.Split(' '));
        // The portal asks for the email scope, so the API learns the address of organisation members (ADR 0014);
        // the security stamp stays out of every token a client sees.
        Assert.Equal(email, access.GetProperty("email").GetString());
        Assert.DoesNotContain("SecurityStamp", tokens.AccessToken + tokens.IdentityToken, StringComparison.Ordinal);

        var id = tokens.Identity;
        Assert.Equal(access.GetProperty("sub").GetString(), id.GetProperty("sub").GetString());
        Assert.Equal(PortalClient.ClientId, id.GetProperty("aud").GetString());
        Assert.Equal(email, id.GetProperty("email").GetString());
        Assert.Equal("citizen", id.GetProperty("role").GetString());
        Assert.Equal("n-0S6_WzA2Mj", id.GetProperty("nonce").GetString());
    }

    private static Dictionary<string, string> FormFields(WebPage page) =>
        page.Document.QuerySelectorAll("main form input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
}
