using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Xunit;

namespace SozialHub.Portal.Tests;

[Collection(PortalFixture.Collection)]
public sealed class StartPageTests(PortalFixture fixture)
{
    private static readonly string[] DemoDistricts =
        ["Innenstadt", "Roden", "Fraulautern", "Lisdorf", "Beaumarais", "Picard", "Neuforweiler", "Steinrausch"];

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Start_page_shows_every_district_of_the_demo_city()
    {
        var page = await GetStartPageAsync();

        var headings = page.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(DemoDistricts.Order(), headings.Order());
    }

    [Fact]
    public async Task Start_page_shows_every_social_space_the_API_knows_with_population_and_marker()
    {
        var data = await fixture.QueryApiAsync("{ districts { nodes { name socialSpaces { name population isSocialCityArea } } } }");
        var expected = data.GetProperty("districts").GetProperty("nodes").EnumerateArray()
            .SelectMany(d => d.GetProperty("socialSpaces").EnumerateArray().Select(s => new Row(
                d.GetProperty("name").GetString()!,
                s.GetProperty("name").GetString()!,
                s.GetProperty("population").GetInt32().ToString("N0", German),
                s.GetProperty("isSocialCityArea").GetBoolean())))
            .ToList();
        Assert.Equal(28, expected.Count);
        Assert.Contains(expected, r => r.SocialCity);
        Assert.Contains(expected, r => !r.SocialCity);

        var page = await GetStartPageAsync();

        var shown = page.QuerySelectorAll("main section").SelectMany(section => section.QuerySelectorAll("tbody tr").Select(row =>
        {
            var header = row.QuerySelector("th[scope=row]")!;
            return new Row(
                section.QuerySelector("h3")!.TextContent.Trim(),
                Html.OwnText(header),
                row.QuerySelector("td")!.TextContent.Trim(),
                header.QuerySelector(".badge")?.TextContent.Trim() == "Soziale Stadt");
        })).ToList();
        Assert.Equal(expected.OrderBy(r => r.Space, StringComparer.Ordinal), shown.OrderBy(r => r.Space, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Layout_is_German_with_skip_link_navigation_footer_and_demo_note()
    {
        var page = await GetStartPageAsync();

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        // The skip link comes first so that keyboard users reach it with the first Tab.
        var skip = page.QuerySelectorAll("a[href]").First();
        Assert.Equal("#inhalt", skip.GetAttribute("href"));
        Assert.Equal("Zum Inhalt springen", skip.TextContent.Trim());
        Assert.Equal("main", page.GetElementById("inhalt")?.LocalName);
        Assert.Contains("SozialHub Saarlouis", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector("header nav a[href='/']")?.GetAttribute("aria-current"));
        Assert.Contains("Alle Zahlen sind synthetische Demodaten.", page.Body!.TextContent, StringComparison.Ordinal);
        var footerLinks = page.QuerySelectorAll("footer a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/impressum", footerLinks["Impressum"]);
        Assert.Equal("/datenschutz", footerLinks["Datenschutz"]);
        Assert.Equal("/barrierefreiheit", footerLinks["Barrierefreiheit"]);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("/impressum", "Impressum")]
    [InlineData("/datenschutz", "Datenschutzerklärung")]
    [InlineData("/barrierefreiheit", "Erklärung zur Barrierefreiheit")]
    public async Task Footer_pages_render_their_German_text(string path, string heading)
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.StartsWith(heading + " – ", page.Title, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector($"footer a[href='{path}']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Unknown_page_is_a_German_404()
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync("/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Seite nicht gefunden", page.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/impressum")]
    [InlineData("/css/site.css")]
    [InlineData("/gibt-es-nicht")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync(path);

        SecurityHeaderAssert.Present(response);
    }

    [Fact]
    public async Task Stylesheet_is_served_from_the_portal_itself()
    {
        var page = await GetStartPageAsync();
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith("/", href, StringComparison.Ordinal);

        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<IDocument> GetStartPageAsync()
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private sealed record Row(string District, string Space, string Population, bool SocialCity);
}

public static class SecurityHeaderAssert
{
    public static void Present(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'", Single(response, "Content-Security-Policy"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : [], v => v.Length > 0);
}
