using System.Globalization;
using System.Text.Json;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The profile's age structure and projection: tables with the API's numbers, charts beside them.</summary>
[Collection(PortalFixture.Collection)]
public sealed class DemographyProfileTests(PortalFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task The_profile_shows_the_age_groups_and_the_three_variants_as_the_API_computed_them()
    {
        var data = (await fixture.QueryApiAsync("""
            { socialSpace(key: "roden-nord") { name ageStructure { year total ageGroups { label male female total } }
              populationProjection { baseYear variants { name years { year total } } } } }
            """)).GetProperty("socialSpace");

        var page = await fixture.GetAsync("/sozialraeume/roden-nord");

        var ages = page.GetElementById("altersaufbau-tabelle")!;
        var groups = data.GetProperty("ageStructure").GetProperty("ageGroups").EnumerateArray().ToList();
        var rows = ages.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(groups.Select(g => new[] { g.GetProperty("label").GetString()!, Count(g, "male"), Count(g, "female"), Count(g, "total") }),
            rows.Select(r => r[..4]));
        Assert.Contains("31.12.2024", ages.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var ageChart = JsonDocument.Parse(page.GetElementById("demografie-alter-data")!.TextContent).RootElement;
        Assert.Equal("bar", ageChart.GetProperty("type").GetString());
        Assert.Equal(["männlich", "weiblich"], ageChart.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("label").GetString()));

        var projection = page.GetElementById("vorausberechnung-tabelle")!;
        var variants = data.GetProperty("populationProjection").GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["Jahr", .. variants.Select(v => v.GetProperty("name").GetString()!)], projection.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
        var years = projection.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(16, years.Count);
        for (var t = 0; t < years.Count; t++)
        {
            var cells = years[t].Children.Select(c => c.TextContent.Trim()).ToArray();
            Assert.StartsWith((2024 + t).ToString(CultureInfo.InvariantCulture), cells[0], StringComparison.Ordinal);
            Assert.Equal(variants.Select(v => v.GetProperty("years")[t].GetProperty("total").GetInt32().ToString("N0", German)), cells[1..]);
        }

        var lines = JsonDocument.Parse(page.GetElementById("demografie-vorausberechnung-data")!.TextContent).RootElement;
        Assert.Equal(3, lines.GetProperty("series").GetArrayLength());
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=vorausberechnung] details.computation"));
    }

    private static string Count(JsonElement group, string field) =>
        group.GetProperty(field) is { ValueKind: JsonValueKind.Number } n ? n.GetInt32().ToString("N0", German) : "•";
}
