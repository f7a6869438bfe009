using System.Globalization;
using System.Net;
using System.Text;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>One indicator across all Sozialräume, its CSV download, and the action field pages.</summary>
[Collection(PortalFixture.Collection)]
public sealed class IndicatorPageTests(PortalFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Ranking_table_lists_the_spaces_values_of_the_chosen_year_highest_first_for_a_burden_indicator()
    {
        var expected = await ValuesAsync("sgb2_share", 2019);

        var page = await fixture.GetAsync("/indikatoren/sgb2_share?jahr=2019");

        var rows = page.QuerySelectorAll("#rangfolge tbody tr")
            .Select(r => (r.QuerySelector("th a")!.TextContent, r.QuerySelectorAll("td")[2].TextContent.Trim()));
        Assert.Equal(expected.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value.ToString("N1", German))), rows);
        Assert.Equal("2019", page.QuerySelector("#jahr option[selected]")?.GetAttribute("value"));
        Assert.Equal("SGB-II-Quote", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Ranking_of_an_indicator_where_higher_is_better_starts_with_the_lowest_value()
    {
        var page = await fixture.GetAsync("/indikatoren/employment_rate");

        var values = PortalPage.Rows(page.GetElementById("rangfolge")!).Select(r => double.Parse(r[3], German)).ToList();
        Assert.Equal(28, values.Count);
        Assert.Equal(values.Order(), values);
    }

    [Fact]
    public async Task Ranking_shows_the_APIs_rank_deviation_and_direction_and_withheld_values_as_dots_without_rank()
    {
        var data = await fixture.QueryApiAsync(
            "{ indicator(key: \"child_poverty\") { ranking { socialSpace { name } rank rankCount deviation direction suppressed smallPopulation } } }");
        var ranking = data.GetProperty("indicator").GetProperty("ranking").EnumerateArray().ToList();
        Assert.Contains(ranking, r => r.GetProperty("suppressed").GetBoolean());

        var page = await fixture.GetAsync("/indikatoren/child_poverty");

        var rows = PortalPage.Rows(page.GetElementById("rangfolge")!);
        Assert.Equal(ranking.Select(r => r.GetProperty("socialSpace").GetProperty("name").GetString()), page.QuerySelectorAll("#rangfolge tbody th a").Select(a => a.TextContent));
        foreach (var (entry, row) in ranking.Zip(rows))
        {
            if (entry.GetProperty("suppressed").GetBoolean())
            {
                Assert.Equal("–", row[0]);
                Assert.StartsWith("•", row[3], StringComparison.Ordinal);
                Assert.StartsWith("•", row[4], StringComparison.Ordinal);
                continue;
            }

            Assert.Equal(entry.GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture), row[0]);
            var deviation = entry.GetProperty("deviation").GetDouble();
            Assert.Equal((Math.Round(deviation, 1) > 0 ? "+" : "−") + Math.Abs(deviation).ToString("N1", German) + " Pp.", row[4]);
            Assert.Contains(PortalPage.DirectionWord(entry.GetProperty("direction").GetString()!), row[5], StringComparison.Ordinal);
        }

        Assert.Equal(ranking.Any(r => r.GetProperty("smallPopulation").GetBoolean()), rows.Any(r => r[1].Contains("kleiner Sozialraum", StringComparison.Ordinal)));
        Assert.Contains("Kleine Fallzahl, aus Datenschutzgründen nicht veröffentlicht", page.QuerySelector(".footnote")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_year_redirects_to_the_latest()
    {
        using var response = await fixture.GetUnfollowedAsync("/indikatoren/sgb2_share?jahr=1800");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/indikatoren/sgb2_share", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Csv_download_is_German_Excel_CSV_with_every_value_and_the_city_values()
    {
        var data = await fixture.QueryApiAsync("{ indicator(key: \"child_poverty\") { values { year value socialSpace { key } } cityValues { year value } } }");
        var values = data.GetProperty("indicator").GetProperty("values").EnumerateArray().ToList();
        var cityValues = data.GetProperty("indicator").GetProperty("cityValues").EnumerateArray().ToList();

        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync("/indikatoren/child_poverty/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("indikator-child_poverty.csv", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Sozialraum;Schlüssel;Stadtteil;Jahr;Wert;Einheit;vorläufig", lines[0]);
        Assert.Equal(1 + values.Count + cityValues.Count, lines.Length);
        var one = values.First(v => v.GetProperty("socialSpace").GetProperty("key").GetString() == "roden-nord" && v.GetProperty("year").GetInt32() == 2020);
        var line = lines.Single(l => l.Contains(";roden-nord;", StringComparison.Ordinal) && l.Contains(";2020;", StringComparison.Ordinal)).Split(';');
        Assert.Equal(["Roden-Nord", "roden-nord", "Roden", "2020"], line[..4]);
        Assert.Equal(one.GetProperty("value").GetDouble(), double.Parse(line[4], German));
        Assert.Contains(',', line[4]);
        Assert.Equal("%", line[5]);
        Assert.Equal(cityValues.Count, lines.Count(l => l.StartsWith("Stadt gesamt;", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/indikatoren/gibt-es-nicht")]
    [InlineData("/indikatoren/gibt-es-nicht/csv")]
    [InlineData("/handlungsfelder/gibt-es-nicht")]
    public async Task Unknown_keys_are_404(string path)
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Action_field_page_renders_its_Markdown_description_and_its_indicators_with_the_latest_city_value()
    {
        var data = await fixture.QueryApiAsync("{ actionField(key: \"labour\") { indicators { name unit cityValues { year value } } } }");
        var expected = data.GetProperty("actionField").GetProperty("indicators").EnumerateArray().Select(i =>
        {
            var latest = i.GetProperty("cityValues").EnumerateArray().MaxBy(c => c.GetProperty("year").GetInt32());
            return (i.GetProperty("name").GetString(), latest.GetProperty("value").GetDouble().ToString("N1", German) + " %", $"31.12.{latest.GetProperty("year").GetInt32()}");
        }).ToList();
        Assert.Equal(7, expected.Count);

        var page = await fixture.GetAsync("/handlungsfelder/labour");

        Assert.Equal("Arbeitsmarkt & Existenzsicherung", page.QuerySelector("h1")!.TextContent);
        Assert.True(page.QuerySelectorAll("main .text p").Length >= 2, "the Markdown description renders as paragraphs");
        Assert.Equal(expected, PortalPage.Rows(page.GetElementById("kennzahlen-tabelle")!).Select(r => ((string?)r[0], r[2], r[3])));
        Assert.Equal("action-field:labour", page.QuerySelector("[data-discussion]")?.GetAttribute("data-discussion"));
        Assert.Equal("page", page.QuerySelector("header nav a[href='/handlungsfelder']")?.GetAttribute("aria-current"));
    }

    private async Task<Dictionary<string, double>> ValuesAsync(string indicator, int year)
    {
        var data = await fixture.QueryApiAsync(
            "query($key: String!, $year: Int) { indicator(key: $key) { values(fromYear: $year, toYear: $year) { value socialSpace { name } } } }", new { key = indicator, year });
        return data.GetProperty("indicator").GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("socialSpace").GetProperty("name").GetString()!, v => v.GetProperty("value").GetDouble());
    }
}
