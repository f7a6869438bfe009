using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The social index page (/sozialindex): map, table, groups and method, all as the API computed them.</summary>
[Collection(PortalFixture.Collection)]
public sealed class SocialIndexPageTests(PortalFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly Dictionary<int, string> StatusNames = new() { [1] = "hoch", [2] = "mittel", [3] = "niedrig", [4] = "sehr niedrig" };

    [Theory]
    [InlineData(null)]
    [InlineData(2020)]
    public async Task Table_shows_every_space_with_the_APIs_scores_and_classes_the_Soziale_Stadt_group_first(int? year)
    {
        var data = await fixture.QueryApiAsync(
            "query($year: Int) { socialIndex(year: $year) { year entries { socialSpace { name isSocialCityArea } statusScore dynamicsScore statusClass combinedClass eligible suppressed } } }",
            new { year });
        var index = data.GetProperty("socialIndex");
        var entries = index.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("socialSpace").GetProperty("name").GetString()!);
        Assert.Equal(28, entries.Count);

        var page = await fixture.GetAsync(year is null ? "/sozialindex" : $"/sozialindex?jahr={year}");

        Assert.Equal($"Sozialindex {index.GetProperty("year").GetInt32()}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("page", page.QuerySelector("header nav a[href='/sozialindex']")?.GetAttribute("aria-current"));
        var groups = page.QuerySelectorAll("#sozialindex-tabelle tbody").ToList();
        Assert.Equal(["Soziale Stadt / Sozialer Zusammenhalt", "Übrige Sozialräume"], groups.Select(g => g.QuerySelector("th[scope=rowgroup]")!.TextContent));
        foreach (var (group, socialCity) in groups.Zip([true, false]))
        {
            var rows = group.QuerySelectorAll("tr").Skip(1).ToList();
            Assert.Equal(entries.Values.Count(e => e.GetProperty("socialSpace").GetProperty("isSocialCityArea").GetBoolean() == socialCity), rows.Count);
            foreach (var row in rows)
            {
                var cells = row.Children.Select(c => c.TextContent.Trim()).ToArray();
                var entry = entries[cells[0]];
                Assert.Equal(socialCity, entry.GetProperty("socialSpace").GetProperty("isSocialCityArea").GetBoolean());
                if (entry.GetProperty("suppressed").GetBoolean())
                {
                    Assert.StartsWith("•", cells[2], StringComparison.Ordinal);
                }
                else
                {
                    Assert.Equal(Score(entry.GetProperty("statusScore")), cells[2]);
                    Assert.Equal(Score(entry.GetProperty("dynamicsScore")), cells[4]);
                }

                Assert.Equal(entry.GetProperty("statusClass") is { ValueKind: JsonValueKind.Number } c ? $"{c.GetInt32()} {StatusNames[c.GetInt32()]}" : "–", cells[3]);
                Assert.Equal(entry.GetProperty("combinedClass").GetString() ?? "–", cells[6]);
                Assert.StartsWith(entry.GetProperty("eligible").GetBoolean() ? "ja" : "nein", cells[7], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Lisdorfer_Au_is_shown_outside_the_index_and_withheld_scores_as_dots_with_the_footnote()
    {
        var data = await fixture.QueryApiAsync("{ socialIndex { entries { socialSpace { name key } eligible suppressed } } }");
        var entries = data.GetProperty("socialIndex").GetProperty("entries").EnumerateArray().ToList();
        var small = entries.Single(e => e.GetProperty("socialSpace").GetProperty("key").GetString() == "lisdorfer-au");
        Assert.False(small.GetProperty("eligible").GetBoolean());

        var page = await fixture.GetAsync("/sozialindex");

        var row = page.QuerySelectorAll("#sozialindex-tabelle tbody tr").Single(r => r.QuerySelector("th a")?.TextContent == "Lisdorfer Au");
        Assert.Equal("nein (183 Einw.)", row.Children[7].TextContent.Trim());
        Assert.Contains("weniger als 300 Einwohnerinnen", page.QuerySelector("section[aria-labelledby=sozialraeume] .legend:last-of-type")!.TextContent, StringComparison.Ordinal);
        var withheld = entries.Count(e => e.GetProperty("suppressed").GetBoolean());
        Assert.Equal(withheld * 2, page.QuerySelectorAll("#sozialindex-tabelle .suppressed").Length);
        Assert.Equal(withheld > 0, page.QuerySelector("section[aria-labelledby=sozialraeume] .footnote") is not null);
    }

    [Fact]
    public async Task Map_colours_each_space_by_its_status_class_with_a_legend_of_the_four_classes()
    {
        var data = await fixture.QueryApiAsync("{ socialIndex { entries { socialSpace { key } statusClass combinedClass } } }");
        var expected = data.GetProperty("socialIndex").GetProperty("entries").EnumerateArray().ToDictionary(
            e => e.GetProperty("socialSpace").GetProperty("key").GetString()!,
            e => e.GetProperty("statusClass") is { ValueKind: JsonValueKind.Number } c ? c.GetInt32() : (int?)null);

        var page = await fixture.GetAsync("/sozialindex");

        using var json = JsonDocument.Parse(page.GetElementById("sozialindex-karte-data")!.TextContent);
        var shown = json.RootElement.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("key").GetString()!,
            f => f.GetProperty("properties").GetProperty("class") is { ValueKind: JsonValueKind.Number } c ? c.GetInt32() : (int?)null);
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
        Assert.Equal(["Status 1: hoch", "Status 2: mittel", "Status 3: niedrig", "Status 4: sehr niedrig", "keine Angabe"],
            page.QuerySelectorAll(".map-legend li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Groups_and_the_method_note_come_from_the_APIs_computation()
    {
        var groups = await fixture.QueryApiAsync("{ socialIndex { groups { name spaceCount eligibleCount computation { method } } } }");
        var index = await fixture.QueryApiAsync("{ socialIndex { computation { method parameters { name value } inputs } } }");

        var page = await fixture.GetAsync("/sozialindex");

        var expected = groups.GetProperty("socialIndex").GetProperty("groups").EnumerateArray()
            .Select(g => new[] { g.GetProperty("name").GetString()!, $"{g.GetProperty("spaceCount").GetInt32()}", $"{g.GetProperty("eligibleCount").GetInt32()}" }).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, PortalPage.Rows(page.GetElementById("gruppen-tabelle")!).Select(r => r[..3]));
        Assert.Contains(groups.GetProperty("socialIndex").GetProperty("groups")[0].GetProperty("computation").GetProperty("method").GetString()!,
            page.QuerySelector("section[aria-labelledby=gruppen] details")!.TextContent, StringComparison.Ordinal);
        var computation = index.GetProperty("socialIndex").GetProperty("computation");
        var method = page.QuerySelector("section[aria-labelledby=methode]")!;
        Assert.Contains(computation.GetProperty("method").GetString()!, method.TextContent, StringComparison.Ordinal);
        Assert.Equal(computation.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()), method.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal(computation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("value").GetString()), method.QuerySelectorAll("dd").Select(dd => dd.TextContent));
    }

    [Fact]
    public async Task A_year_without_an_index_redirects_to_the_latest()
    {
        using var response = await fixture.GetUnfollowedAsync("/sozialindex?jahr=1900");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sozialindex", response.Headers.Location?.OriginalString);
    }

    private static string Score(JsonElement score) =>
        score.ValueKind == JsonValueKind.Number ? score.GetDouble().ToString("+0.00;−0.00;0.00", German) : "–";
}
