using System.Net;
using System.Security.Cryptography;
using System.Text;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>The German pages as BITV asks (language, skip link, a label for every field) and the authorization endpoint's rules.</summary>
[Collection(MariaDbServer.Collection)]
public sealed class PageTests(MariaDbServer mariaDb, IdentityServers servers)
{
    private static readonly string[] AnonymousPages =
        ["/", "anmelden", "registrieren", "passwort-vergessen", "bestaetigung-erneut-senden", "gesendet/konto", "abmelden"];

    private static readonly string[] AccountPages =
        ["konto", "konto/email", "konto/passwort", "konto/daten", "konto/loeschen"];

    [Fact]
    public async Task The_start_page_is_German_and_links_the_discovery_document()
    {
        var identity = await servers.WithMailFilesAsync();
        using var session = identity.NewSession();

        var page = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"de\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<h1>SozialHub – Anmeldung und Konten</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#inhalt\">Zum Inhalt springen</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhalt\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/.well-known/openid-configuration\"", page.Html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_is_German_has_one_heading_labels_every_field_and_carries_no_inline_script()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var visitor = identity.NewSession();
        using var member = await Accounts.SignedInAsync(identity, Accounts.NewEmail("seiten"));

        var pages = new List<WebPage>();
        foreach (var path in AnonymousPages)
        {
            pages.Add(await visitor.GetAsync(path));
        }

        foreach (var path in AccountPages)
        {
            pages.Add(await member.GetAsync(path));
        }

        Assert.All(pages, page =>
        {
            Assert.True(page.Status == HttpStatusCode.OK, $"{page.Url}: {page.Status}");
            Assert.Equal("de", page.Document.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(page.Document.QuerySelector("a.skip-link[href='#inhalt']"));
            Assert.Single(page.Document.QuerySelectorAll("h1"));
            Assert.Empty(page.Document.QuerySelectorAll("script"));
            Assert.Empty(page.Document.QuerySelectorAll("[style]"));
            foreach (var field in page.Document.QuerySelectorAll("input:not([type=hidden]), textarea"))
            {
                Assert.True(page.Document.QuerySelector($"label[for='{field.Id}']") is not null, $"{page.Url}: no label for {field.OuterHtml}");
            }

            foreach (var form in page.Document.QuerySelectorAll("form[method=post]"))
            {
                Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
            }
        });
    }

    [Fact]
    public async Task Without_a_session_the_authorization_request_leads_to_the_sign_in_page_and_PKCE_with_S256_is_required()
    {
        var identity = await servers.WithMailFilesAsync();
        using var session = identity.NewSession();
        const string request = "connect/authorize?client_id=sozialhub-portal&response_type=code&scope=openid%20hub.read"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fsignin-oidc&state=abc";

        var withPkce = await session.GetAsync(request + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        var silent = await session.GetAsync(request + "&prompt=none&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        var withoutPkce = await session.GetAsync(request);
        var plainPkce = await session.GetAsync(request + "&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=plain");
        var implicitFlow = await session.GetAsync(request.Replace("response_type=code", "response_type=token", StringComparison.Ordinal));

        Assert.Equal("/anmelden", withPkce.Path);
        Assert.StartsWith("/connect/authorize?", withPkce.Document.GetElementById("ReturnUrl")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("error=login_required", silent.Location?.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutPkce.Status);
        Assert.Contains("code_challenge", withoutPkce.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, plainPkce.Status);
        Assert.Equal(HttpStatusCode.BadRequest, implicitFlow.Status);
    }

    [Fact]
    public async Task A_form_post_response_hands_over_the_code_under_the_content_security_policy()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = await Accounts.SignedInAsync(identity, Accounts.NewEmail("formpost"));

        var page = await session.GetAsync(PortalClient.AuthorizeUrl(Pkce.Create(), "fp", "&response_mode=form_post"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(PortalClient.RedirectUri, page.Document.QuerySelector("form")!.GetAttribute("action"));
        Assert.NotEmpty(page.Document.QuerySelector("input[name=code]")!.GetAttribute("value")!);
        var script = page.Document.QuerySelector("script")!.TextContent;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"'sha256-{hash}'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logout_request_without_a_matching_id_token_asks_first()
    {
        var identity = await servers.WithSmtpAsync(DatabaseProvider.Sqlite, mariaDb);
        using var session = await Accounts.SignedInAsync(identity, Accounts.NewEmail("fragen"));
        var tokens = await PortalClient.AuthorizeAsync(session);
        var logout = $"connect/logout?client_id={PortalClient.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(PortalClient.PostLogoutRedirectUri)}&state=frage";

        var question = await session.GetAsync(logout);
        var confirmed = await session.SubmitAsync(question);

        Assert.Equal(HttpStatusCode.OK, question.Status);
        Assert.Equal("Abmelden", question.Heading);
        Assert.Equal($"{PortalClient.PostLogoutRedirectUri}?state=frage", confirmed.Location?.ToString());
        Assert.Equal("/anmelden", (await session.GetAsync("konto")).Path);
        Assert.Equal(HttpStatusCode.BadRequest, (await PortalClient.RefreshAsync(session.Http, tokens.RefreshToken)).Status);
    }
}
