using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Xunit;

namespace SozialHub.Portal.Tests;

[Collection(PortalFixture.Collection)]
public sealed class StartPageTests(PortalFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Start_page_map_table_shows_every_social_space_with_the_chosen_indicators_latest_value()
    {
        var data = await fixture.QueryApiAsync("{ indicator(key: \"child_poverty\") { values { year value suppressed socialSpace { name } } } }");
        var values = data.GetProperty("indicator").GetProperty("values").EnumerateArray().ToList();
        var year = values.Max(v => v.GetProperty("year").GetInt32());
        var expected = values.Where(v => v.GetProperty("year").GetInt32() == year)
            .ToDictionary(
                v => v.GetProperty("socialSpace").GetProperty("name").GetString()!,
                v => v.GetProperty("suppressed").GetBoolean() ? "•" : v.GetProperty("value").GetDouble().ToString("N1", German) + " %");
        Assert.Contains("•", expected.Values);
        Assert.Equal(28, expected.Count);

        using var http = fixture.CreatePortalClient();
        var page = await Html.ParseAsync(await http.GetAsync("/?karte=child_poverty"));

        var table = page.GetElementById("karte-tabelle")!;
        Assert.Contains($"31.12.{year}", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var shown = table.QuerySelectorAll("tbody tr").ToDictionary(
            r => r.QuerySelector("th a")!.TextContent,
            r => r.QuerySelectorAll("td")[1] is var cell && cell.QuerySelector(".suppressed") is { } mark ? mark.FirstChild!.TextContent : cell.TextContent.Trim());
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
        Assert.Equal("child_poverty", page.QuerySelector("#karte-kennzahl option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Start_page_shows_the_configured_key_figures_with_the_citys_latest_value_and_the_action_fields()
    {
        var data = await fixture.QueryApiAsync("{ indicator(key: \"population\") { cityValues { year value } } }");
        var latest = data.GetProperty("indicator").GetProperty("cityValues").EnumerateArray().MaxBy(c => c.GetProperty("year").GetInt32());

        var page = await GetStartPageAsync();

        var figures = page.QuerySelectorAll(".key-figure").ToList();
        Assert.InRange(figures.Count, 5, 8);
        var population = figures.Single(f => f.QuerySelector("h3")!.TextContent == "Einwohner insgesamt");
        Assert.Equal(latest.GetProperty("value").GetDouble().ToString("N0", German), population.QuerySelector(".key-figure__value")!.TextContent);
        Assert.Contains($"Stand 31.12.{latest.GetProperty("year").GetInt32()}", population.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("section[aria-labelledby=handlungsfelder] a").Length);
        Assert.NotNull(page.QuerySelector("[data-discussion=latest]"));
    }

    [Fact]
    public async Task Each_key_figure_shows_the_direction_word_of_the_APIs_city_trend()
    {
        var data = await fixture.QueryApiAsync("{ indicators(first: 100) { nodes { name cityTrend { years direction } } } }");
        var trends = data.GetProperty("indicators").GetProperty("nodes").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("cityTrend"));

        var page = await GetStartPageAsync();

        var figures = page.QuerySelectorAll(".key-figure").ToList();
        Assert.InRange(figures.Count, 5, 8);
        foreach (var figure in figures)
        {
            var trend = trends[figure.QuerySelector("h3")!.TextContent];
            var text = figure.QuerySelector(".key-figure__trend")!.TextContent;
            Assert.Contains($"über {trend.GetProperty("years").GetInt32()} Jahre", text, StringComparison.Ordinal);
            // The word carries the meaning; an arrow may stand beside it, hidden from screen readers.
            Assert.Equal(PortalPage.DirectionWord(trend.GetProperty("direction").GetString()!), figure.QuerySelector(".direction")!.LastChild!.TextContent.Trim());
            Assert.All(figure.QuerySelectorAll(".direction span"), arrow => Assert.Equal("true", arrow.GetAttribute("aria-hidden")));
        }

        // The demo city's key figures are not all of one kind: judged ones and context ones both appear.
        Assert.Contains(figures, f => f.QuerySelector(".direction--worsening, .direction--improving, .direction--stable") is not null);
        Assert.Contains(figures, f => f.QuerySelector(".direction--up, .direction--down") is not null);
    }

    [Fact]
    public async Task Unknown_map_indicator_says_there_are_no_values()
    {
        using var http = fixture.CreatePortalClient();
        var page = await Html.ParseAsync(await http.GetAsync("/?karte=gibt-es-nicht"));

        Assert.Equal("Für diese Kennzahl liegen keine Werte je Sozialraum vor.", page.QuerySelector("section[aria-labelledby=karte] [role=status]")?.TextContent.Trim());
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
