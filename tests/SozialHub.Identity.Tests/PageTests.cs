using System.Net;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Identity.Tests;

/// <summary>The German pages: the start page, and the authorization endpoint until sign-in exists.</summary>
[Collection(MariaDbServer.Collection)] // not for MariaDB: to start one service at a time on small machines
public sealed class PageTests
{
    [Fact]
    public async Task The_start_page_is_German_and_links_the_discovery_document()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-pages");
        await using var identity = await ServiceProcess.StartAsync("identity", database.Settings);
        using var http = new HttpClient { BaseAddress = identity.BaseAddress };

        using var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>SozialHub – Anmeldung und Konten</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#inhalt\">Zum Inhalt springen</a>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhalt\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/.well-known/openid-configuration\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_authorization_request_reaches_a_German_not_yet_available_page_and_PKCE_is_required()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "identity-authorize");
        await using var identity = await ServiceProcess.StartAsync("identity", database.Settings);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = identity.BaseAddress };
        const string request = "connect/authorize?client_id=sozialhub-portal&response_type=code&scope=openid%20hub.read"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fsignin-oidc&state=abc";

        using var withPkce = await http.GetAsync(request + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        using var withoutPkce = await http.GetAsync(request);
        using var plainPkce = await http.GetAsync(request + "&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=plain");

        Assert.Equal(HttpStatusCode.NotImplemented, withPkce.StatusCode);
        var html = await withPkce.Content.ReadAsStringAsync();
        Assert.Contains("Die Anmeldung ist noch nicht verfügbar", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutPkce.StatusCode);
        Assert.Contains("code_challenge", await withoutPkce.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, plainPkce.StatusCode);
    }
}
