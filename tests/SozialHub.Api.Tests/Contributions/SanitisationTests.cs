using AngleSharp.Html.Parser;
using SozialHub.Api.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>Contribution HTML carries no script, no event handler, no javascript:/data: URL; links are marked as user content.</summary>
[Collection(ApiCollection.Collection)]
public sealed class SanitisationTests(ApiEnvironment environment)
{
    private static readonly ContributionText Renderer = new();

    public static TheoryData<string> Payloads =>
    [
        "<script>window.xss = 1</script>",
        "<img src=x onerror=\"window.xss = 1\">",
        "<svg onload=\"window.xss = 1\"><circle r=\"1\"/></svg>",
        "[klick](javascript:window.xss=1)",
        "[klick](JaVaScRiPt:window.xss=1)",
        "[klick](java&#x09;script:window.xss=1)",
        "[klick](data:text/html;base64,PHNjcmlwdD53aW5kb3cueHNzPTE8L3NjcmlwdD4=)",
        "![bild](data:image/svg+xml,<svg onload=window.xss=1>)",
        "<javascript:window.xss=1>",
        "[klick](https://example.org \"x\\\" onmouseover=\\\"window.xss=1\")",
        "<a href=\"javascript:window.xss=1\">klick</a>",
        "<iframe src=\"https://example.org\"></iframe>",
        "[a](<javascript:window.xss=1>)",
        "<p style=\"background:url(javascript:window.xss=1)\">x</p>",
        "[x][ref]\n\n[ref]: javascript:window.xss=1",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Nasty_markdown_renders_to_harmless_html(string payload)
    {
        var html = Renderer.ToHtml(payload);

        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.QuerySelectorAll("*").ToList();
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" or "svg" or "iframe" or "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
        foreach (var link in document.QuerySelectorAll("a"))
        {
            var href = link.GetAttribute("href");
            Assert.True(href is null || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href);
            Assert.Equal(ContributionText.LinkRel, link.GetAttribute("rel"));
        }
    }

    [Fact]
    public void An_ordinary_link_stays_a_link_marked_as_user_content()
    {
        var html = Renderer.ToHtml("Siehe [Stadt](https://www.saarlouis.de/) und https://example.org");

        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").ToList();
        Assert.Equal(["https://www.saarlouis.de/", "https://example.org"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("nofollow ugc noopener", a.GetAttribute("rel")));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_api_stores_the_text_as_written_and_serves_the_sanitised_html(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        const string text = "Hallo <script>window.xss=1</script> [klick](javascript:window.xss=1)";

        var posted = await api.CommentAsync(ParticipationApi.Person("Xaver Xss", "citizen"), text);

        Assert.Equal(text, posted.GetProperty("text").GetString());
        var html = posted.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hallo", html, StringComparison.Ordinal);
    }
}
