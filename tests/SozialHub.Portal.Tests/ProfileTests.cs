using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The Sozialraum profile as server-rendered HTML: every number in it comes from the API.</summary>
[Collection(PortalFixture.Collection)]
public sealed class ProfileTests(PortalFixture fixture)
{
    private const string Space = "roden-nord";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Indicator_table_shows_every_indicator_of_the_latest_year_beside_the_city_value()
    {
        var data = await fixture.QueryApiAsync(
            "query($key: String!) { socialSpace(key: $key) { values { year value indicator { key } } } "
            + "indicators(first: 50) { nodes { key name unit unitLabel cityValues { year value } } } }", new { key = Space });
        var values = data.GetProperty("socialSpace").GetProperty("values").EnumerateArray().ToList();
        var year = values.Max(v => v.GetProperty("year").GetInt32());
        var expected = data.GetProperty("indicators").GetProperty("nodes").EnumerateArray().ToDictionary(
            i => i.GetProperty("name").GetString()!,
            i =>
            {
                var key = i.GetProperty("key").GetString();
                var own = values.Single(v => v.GetProperty("indicator").GetProperty("key").GetString() == key && v.GetProperty("year").GetInt32() == year);
                var city = i.GetProperty("cityValues").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == year).GetProperty("value");
                return (Written(own.GetProperty("value").GetDouble(), i), Written(city.GetDouble(), i));
            });

        var page = await fixture.GetAsync($"/sozialraeume/{Space}");

        var table = page.GetElementById("kennzahlen-tabelle")!;
        Assert.Contains($"31.12.{year}", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Kennzahl", "Handlungsfeld", "Roden-Nord", "Stadt gesamt", "Abweichung von der Stadt", "Entwicklung", "Rang", "Berechnung"],
            table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        var shown = PortalPage.Rows(table).ToDictionary(r => r[0], r => (r[2], r[3]));
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Indicator_table_shows_the_APIs_deviation_direction_rank_and_computation()
    {
        var data = await fixture.QueryApiAsync(
            "query($key: String!) { socialSpace(key: $key) { comparisons { year deviation direction trend { change } rank rankCount "
            + "indicator { name unit unitLabel } computation { method inputs } } } }", new { key = Space });
        var comparisons = data.GetProperty("socialSpace").GetProperty("comparisons").EnumerateArray().ToList();
        Assert.True(comparisons.Count >= 20, $"the demo city compares {comparisons.Count} indicators");

        var page = await fixture.GetAsync($"/sozialraeume/{Space}");

        var rows = page.QuerySelectorAll("#kennzahlen-tabelle tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim());
        foreach (var comparison in comparisons)
        {
            var indicator = comparison.GetProperty("indicator");
            var cells = rows[indicator.GetProperty("name").GetString()!].Children.Select(c => c.TextContent.Trim()).ToArray();
            var deviation = comparison.GetProperty("deviation").GetDouble();
            var unit = indicator.GetProperty("unit").GetString();
            var digits = unit == "COUNT" ? "N0" : "N1";
            var sign = Math.Round(deviation, unit == "COUNT" ? 0 : 1) switch { > 0 => "+", < 0 => "−", _ => "±" };
            var suffix = unit switch { "COUNT" => "", "PERCENT" => " Pp.", _ => " " + indicator.GetProperty("unitLabel").GetString() };
            Assert.Equal(sign + Math.Abs(deviation).ToString(digits, German) + suffix, cells[4]);
            Assert.Contains(PortalPage.DirectionWord(comparison.GetProperty("direction").GetString()!), cells[5], StringComparison.Ordinal);
            Assert.Equal($"{comparison.GetProperty("rank").GetInt32()} von {comparison.GetProperty("rankCount").GetInt32()}", cells[6]);
            var computation = comparison.GetProperty("computation");
            Assert.Contains(computation.GetProperty("method").GetString()!, cells[7], StringComparison.Ordinal);
            Assert.All(computation.GetProperty("inputs").EnumerateArray(), input => Assert.Contains(input.GetString()!, cells[7], StringComparison.Ordinal));
        }

        Assert.Null(page.GetElementById("kleiner-sozialraum"));
    }

    [Fact]
    public async Task Suppressed_child_poverty_of_Lisdorfer_Au_shows_a_dot_with_the_footnote_and_the_space_is_flagged_as_small()
    {
        // Anonymous callers get Lisdorfer Au's child poverty withheld (a count below the threshold in the demo city).
        var data = await fixture.QueryApiAsync(
            "{ socialSpace(key: \"lisdorfer-au\") { comparisons(indicators: [\"child_poverty\"]) { value suppressed smallPopulation indicator { name } } } }");
        var comparison = data.GetProperty("socialSpace").GetProperty("comparisons").EnumerateArray().Single();
        Assert.True(comparison.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, comparison.GetProperty("value").ValueKind);
        Assert.True(comparison.GetProperty("smallPopulation").GetBoolean());

        var page = await fixture.GetAsync("/sozialraeume/lisdorfer-au");

        var row = page.QuerySelectorAll("#kennzahlen-tabelle tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == comparison.GetProperty("indicator").GetProperty("name").GetString());
        var cells = row.Children.ToArray();
        foreach (var column in new[] { 2, 4, 5, 6 })
        {
            Assert.Equal("•", cells[column].QuerySelector(".suppressed")?.FirstChild?.TextContent);
        }

        Assert.Contains(page.QuerySelectorAll(".footnote"), p => p.TextContent.Contains("Kleine Fallzahl, aus Datenschutzgründen nicht veröffentlicht", StringComparison.Ordinal));
        Assert.Contains("Kleiner Sozialraum", page.GetElementById("kleiner-sozialraum")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Population_series_table_holds_the_space_and_city_values_of_every_year()
    {
        var data = await fixture.QueryApiAsync(
            "query($key: String!) { socialSpace(key: $key) { values(indicator: \"population\") { year value } } indicator(key: \"population\") { cityValues { year value } } }",
            new { key = Space });
        var city = data.GetProperty("indicator").GetProperty("cityValues").EnumerateArray().ToDictionary(c => c.GetProperty("year").GetInt32(), c => c.GetProperty("value").GetDouble());
        var expected = data.GetProperty("socialSpace").GetProperty("values").EnumerateArray()
            .Select(v => new[] { v.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), v.GetProperty("value").GetDouble().ToString("N0", German), city[v.GetProperty("year").GetInt32()].ToString("N0", German) })
            .ToList();
        Assert.Equal(11, expected.Count);

        var page = await fixture.GetAsync($"/sozialraeume/{Space}");

        var series = page.QuerySelectorAll(".series").Single(s => s.QuerySelector("h3")!.TextContent == "Einwohner insgesamt");
        Assert.Equal(expected, PortalPage.Rows(series.QuerySelector("table")!));
        // The chart beside it reads the same numbers from its JSON block.
        var chart = series.QuerySelector("canvas[data-chart]")!;
        using var json = JsonDocument.Parse(page.GetElementById(chart.GetAttribute("data-chart") + "-data")!.TextContent);
        Assert.Equal(expected.Select(r => r[0]), json.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetInt32().ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Profile_has_age_structure_map_directory_sections_and_a_place_for_the_discussion()
    {
        var page = await fixture.GetAsync($"/sozialraeume/{Space}");

        Assert.Equal("Roden-Nord", Html.OwnText(page.QuerySelector("h1")!));
        Assert.Equal("Roden-Nord – SozialHub Saarlouis", page.Title);
        Assert.Equal("page", page.QuerySelector("header nav a[href='/sozialraeume']")?.GetAttribute("aria-current"));
        var ageRows = PortalPage.Rows(page.QuerySelector("section[aria-labelledby=bevoelkerung] table")!);
        Assert.Equal(["unter 18 Jahre", "15 bis unter 65 Jahre", "65 Jahre und älter"], ageRows.Select(r => r[0]));
        Assert.NotNull(page.QuerySelector("[data-map=sozialraum-karte]"));
        foreach (var section in new[] { "einrichtungen", "angebote" })
        {
            var content = page.QuerySelector($"section[aria-labelledby={section}]")!;
            Assert.True(content.QuerySelector("table") is not null || content.QuerySelector(".empty") is not null, section);
        }

        Assert.Equal($"social-space:{Space}", page.QuerySelector("[data-discussion]")?.GetAttribute("data-discussion"));
    }

    [Fact]
    public async Task Facilities_and_offerings_are_the_ones_the_API_locates_in_the_space()
    {
        var data = await fixture.QueryApiAsync(
            "query($key: String!) { facilities(first: 100, where: { socialSpace: { eq: $key } }) { nodes { name } } offerings(first: 100, where: { socialSpace: { eq: $key } }) { nodes { name } } }",
            new { key = Space });

        var page = await fixture.GetAsync($"/sozialraeume/{Space}");

        foreach (var (list, section) in new[] { ("facilities", "einrichtungen"), ("offerings", "angebote") })
        {
            var expected = data.GetProperty(list).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
            var shown = page.QuerySelectorAll($"section[aria-labelledby={section}] tbody th").Select(th => th.TextContent).ToList();
            Assert.Equal(expected, shown);
        }
    }

    [Fact]
    public async Task Unknown_space_is_a_404()
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync("/sozialraeume/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Written(double value, JsonElement indicator) => indicator.GetProperty("unit").GetString() == "COUNT"
        ? value.ToString("N0", German)
        : $"{value.ToString("N1", German)} {indicator.GetProperty("unitLabel").GetString()}";
}
