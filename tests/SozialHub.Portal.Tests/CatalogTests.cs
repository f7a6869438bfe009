using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The indicator catalogue and the list of action fields.</summary>
[Collection(PortalFixture.Collection)]
public sealed class CatalogTests(PortalFixture fixture)
{
    [Fact]
    public async Task Indicator_catalogue_lists_every_indicator_with_source_polarity_unit_and_definition()
    {
        var data = await fixture.QueryApiAsync("{ indicators(first: 500) { nodes { key name source polarity unitLabel } } }");
        var indicators = data.GetProperty("indicators").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(24, indicators.Count);

        var page = await fixture.GetAsync("/indikatoren");

        foreach (var indicator in indicators)
        {
            var key = indicator.GetProperty("key").GetString();
            var entry = page.QuerySelector($"article[aria-labelledby='indikator-{key}']");
            Assert.True(entry is not null, $"{key} is missing");
            Assert.Equal(indicator.GetProperty("name").GetString(), entry.QuerySelector("h3 a")!.TextContent);
            Assert.Equal($"/indikatoren/{key}", entry.QuerySelector("h3 a")!.GetAttribute("href"));
            var facts = entry.QuerySelectorAll("dl div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
            Assert.Equal(indicator.GetProperty("source").GetString(), facts["Quelle"]);
            Assert.Equal(indicator.GetProperty("polarity").GetString() switch
            {
                "HIGHER_IS_WORSE" => "höher ist ungünstiger",
                "HIGHER_IS_BETTER" => "höher ist günstiger",
                _ => "Kontextindikator (ohne Wertung)",
            }, facts["Bewertung"]);
            // The definition is Markdown from the API, rendered as paragraphs.
            Assert.NotEmpty(entry.QuerySelectorAll(".text p"));
        }

        Assert.Contains("Einwohner unter 15 Jahren", page.QuerySelector("article[aria-labelledby='indikator-child_poverty']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_field_list_shows_the_five_fields_in_their_order_with_links()
    {
        var page = await fixture.GetAsync("/handlungsfelder");

        var links = page.QuerySelectorAll("main .card h2 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [
                ("Partizipation & Vernetzung", "/handlungsfelder/participation"),
                ("Bildung & Erziehung", "/handlungsfelder/education"),
                ("Arbeitsmarkt & Existenzsicherung", "/handlungsfelder/labour"),
                ("Wohnen & Wohnumgebung", "/handlungsfelder/housing"),
                ("Inklusion & Integration", "/handlungsfelder/inclusion"),
            ],
            links);
        Assert.Equal("7 Kennzahlen", page.QuerySelectorAll("main .card")[2].QuerySelector(".card__meta")!.TextContent);
    }
}
