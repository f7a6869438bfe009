using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Xunit;

namespace SozialHub.Portal.Tests;

[Collection(PortalFixture.Collection)]
public sealed class SocialSpaceListTests(PortalFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task List_shows_every_social_space_with_district_population_link_and_marker()
    {
        var expected = await ExpectedAsync("{ key: { neq: \"\" } }");
        Assert.Equal(28, expected.Count);

        var page = await fixture.GetAsync("/sozialraeume");

        Assert.Equal(expected, Shown(page));
        Assert.Equal("page", page.QuerySelector("header nav a[href='/sozialraeume']")?.GetAttribute("aria-current"));
        Assert.Equal("/sozialraeume/roden-nord", page.QuerySelectorAll("tbody th a").Single(a => a.TextContent == "Roden-Nord").GetAttribute("href"));
    }

    [Fact]
    public async Task District_filter_shows_only_that_districts_spaces_and_keeps_the_choice()
    {
        var expected = await ExpectedAsync("{ district: { eq: \"lisdorf\" } }");
        Assert.NotEmpty(expected);

        var page = await fixture.GetAsync("/sozialraeume?stadtteil=lisdorf");

        Assert.Equal(expected, Shown(page));
        Assert.All(Shown(page), row => Assert.Equal("Lisdorf", row.District));
        Assert.Equal("lisdorf", page.QuerySelector("#stadtteil option[selected]")?.GetAttribute("value"));
        Assert.Equal("Stadtteil", page.QuerySelector("label[for=stadtteil]")?.TextContent);
    }

    [Fact]
    public async Task Programme_filter_shows_only_social_city_areas_or_only_the_others()
    {
        var inside = await fixture.GetAsync("/sozialraeume?programm=ja");
        var outside = await fixture.GetAsync("/sozialraeume?programm=nein");

        Assert.Equal(await ExpectedAsync("{ isSocialCityArea: { eq: true } }"), Shown(inside));
        Assert.All(Shown(inside), row => Assert.True(row.SocialCity));
        Assert.Equal(await ExpectedAsync("{ isSocialCityArea: { eq: false } }"), Shown(outside));
        Assert.All(Shown(outside), row => Assert.False(row.SocialCity));
        Assert.Equal(28, Shown(inside).Count + Shown(outside).Count);
    }

    [Fact]
    public async Task A_filter_nothing_matches_says_so()
    {
        var page = await fixture.GetAsync("/sozialraeume?stadtteil=gibt-es-nicht");

        Assert.Null(page.QuerySelector("main table"));
        Assert.Equal("Kein Sozialraum erfüllt diesen Filter.", page.QuerySelector("[role=status]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Map_data_holds_the_outline_of_every_listed_space()
    {
        var page = await fixture.GetAsync("/sozialraeume?stadtteil=roden");

        var map = page.QuerySelector("[data-map]")!;
        using var json = JsonDocument.Parse(page.GetElementById(map.GetAttribute("data-map") + "-data")!.TextContent);
        var keys = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("key").GetString());
        Assert.Equal(page.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")!.Split('/')[^1]), keys);
        Assert.All(json.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString()));
    }

    private async Task<List<Row>> ExpectedAsync(string where)
    {
        var data = await fixture.QueryApiAsync(
            $"{{ socialSpaces(first: 500, where: {where}, order: [{{ district: ASC }}, {{ name: ASC }}]) {{ nodes {{ name population isSocialCityArea district {{ name }} }} }} }}");
        return [.. data.GetProperty("socialSpaces").GetProperty("nodes").EnumerateArray().Select(s => new Row(
            s.GetProperty("name").GetString()!,
            s.GetProperty("district").GetProperty("name").GetString()!,
            s.GetProperty("population").GetInt32().ToString("N0", German),
            s.GetProperty("isSocialCityArea").GetBoolean()))];
    }

    private static List<Row> Shown(IDocument page) =>
        [.. page.QuerySelectorAll("main tbody tr").Select(row =>
        {
            var header = row.QuerySelector("th[scope=row]")!;
            var cells = row.QuerySelectorAll("td");
            return new Row(header.QuerySelector("a")!.TextContent.Trim(), cells[0].TextContent.Trim(), cells[1].TextContent.Trim(),
                header.QuerySelector(".badge")?.TextContent == "Soziale Stadt");
        })];

    private sealed record Row(string Space, string District, string Population, bool SocialCity);
}
