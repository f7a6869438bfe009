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
        Assert.Equal(["Kennzahl", "Handlungsfeld", "Roden-Nord", "Stadt gesamt"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        var shown = PortalPage.Rows(table).ToDictionary(r => r[0], r => (r[2], r[3]));
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
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
