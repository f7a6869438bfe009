using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>
/// Every table keeps the two marks apart: „–“ for a year without data, „•“ only for a value withheld (small numbers),
/// and then with the footnote that explains it.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class MissingAndWithheldTests(PortalFixture fixture)
{
    private const string Withheld = "•";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private const string Footnote = "Kleine Fallzahl, aus Datenschutzgründen nicht veröffentlicht";

    [Fact]
    public async Task Profile_time_series_show_withheld_years_as_dots_with_the_footnote_and_years_without_data_as_dashes()
    {
        // Lisdorfer Au is small: anonymous callers get some of its values withheld in the demo city.
        var data = await fixture.QueryApiAsync(
            "{ socialSpace(key: \"lisdorfer-au\") { values { year suppressed indicator { name } } } }");
        var values = data.GetProperty("socialSpace").GetProperty("values").EnumerateArray()
            .ToLookup(v => v.GetProperty("indicator").GetProperty("name").GetString()!);

        var page = await fixture.GetAsync("/sozialraeume/lisdorfer-au");

        var series = page.QuerySelectorAll(".series").ToList();
        Assert.NotEmpty(series);
        var dots = 0;
        foreach (var table in series)
        {
            var name = table.QuerySelector("h3")!.TextContent;
            var byYear = values[name].ToDictionary(v => v.GetProperty("year").GetInt32(), v => v.GetProperty("suppressed").GetBoolean());
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var year = int.Parse(row.QuerySelector("th")!.TextContent, CultureInfo.InvariantCulture);
                var shown = Mark(row.QuerySelectorAll("td")[0]);
                var expected = byYear.TryGetValue(year, out var suppressed) ? suppressed ? Withheld : null : "–";
                if (expected is null)
                {
                    Assert.False(shown is Withheld or "–", $"{name} {year}: a value is expected, the page shows {shown}");
                }
                else
                {
                    Assert.Equal(expected, shown);
                }
            }

            var withheld = table.QuerySelectorAll("tbody .suppressed").Length;
            dots += withheld;
            Assert.Equal(withheld > 0, table.QuerySelector(".footnote")?.TextContent.Contains(Footnote, StringComparison.Ordinal) == true);
        }

        Assert.True(dots > 0, "the demo city withholds some of Lisdorfer Au's yearly values");
    }

    [Fact]
    public async Task Indicator_time_series_table_marks_withheld_values_as_dots_and_missing_years_as_dashes()
    {
        var data = await fixture.QueryApiAsync("{ indicator(key: \"child_poverty\") { values { year suppressed socialSpace { name } } } }");
        var values = data.GetProperty("indicator").GetProperty("values").EnumerateArray()
            .ToDictionary(v => (v.GetProperty("socialSpace").GetProperty("name").GetString()!, v.GetProperty("year").GetInt32()), v => v.GetProperty("suppressed").GetBoolean());
        Assert.Contains(true, values.Values);

        var page = await fixture.GetAsync("/indikatoren/child_poverty");

        var table = page.QuerySelector("section[aria-labelledby=zeitreihe] table")!;
        var years = table.QuerySelectorAll("thead th").Skip(1).Select(th => int.Parse(th.TextContent, CultureInfo.InvariantCulture)).ToList();
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var space = row.QuerySelector("th")!.TextContent;
            foreach (var (year, cell) in years.Zip(row.QuerySelectorAll("td")))
            {
                var shown = Mark(cell);
                if (!values.TryGetValue((space, year), out var suppressed))
                {
                    Assert.Equal("–", shown);
                }
                else
                {
                    Assert.Equal(suppressed, shown == Withheld);
                }
            }
        }

        var section = page.QuerySelector("section[aria-labelledby=zeitreihe]")!;
        Assert.Contains(Footnote, section.QuerySelector(".footnote")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("„–“ heißt: keine Angabe", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tables_without_withheld_values_have_no_dot_and_no_footnote()
    {
        var page = await fixture.GetAsync("/indikatoren/population");

        Assert.Empty(page.QuerySelectorAll(".suppressed"));
        Assert.Null(page.QuerySelector(".footnote"));
        Assert.DoesNotContain(Withheld, page.QuerySelector("section[aria-labelledby=zeitreihe]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_page_map_table_explains_its_dots()
    {
        var page = await fixture.GetAsync("/?karte=child_poverty");

        Assert.NotEmpty(page.QuerySelectorAll("#karte-tabelle .suppressed"));
        Assert.Contains(Footnote, page.QuerySelector("section[aria-labelledby=karte] .footnote")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_keeps_withheld_values_as_dots_and_writes_no_row_for_a_year_without_data()
    {
        var data = await fixture.QueryApiAsync("{ indicator(key: \"child_poverty\") { values { suppressed } } }");
        var values = data.GetProperty("indicator").GetProperty("values").EnumerateArray().ToList();

        using var http = fixture.CreatePortalClient();
        var csv = await http.GetStringAsync("/indikatoren/child_poverty/csv");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Stadt", StringComparison.Ordinal)).ToList();
        var cells = lines.Skip(1).Select(l => l.Split(';')).Where(c => c.Length > 4 && c[1] != "").Select(c => c[4]).ToList();
        Assert.Equal(values.Count(v => v.GetProperty("suppressed").GetBoolean()), cells.Count(c => c == Withheld));
        // A value column holds a number, • or nothing; never the page's „–“.
        Assert.All(cells.Where(c => c != Withheld), c => Assert.True(c.Length == 0 || double.TryParse(c, NumberStyles.Float, German, out _), c));
    }

    /// <summary>A cell's mark: • for a withheld value (without its hidden words), otherwise its text.</summary>
    private static string Mark(IElement cell) =>
        cell.QuerySelector(".suppressed") is { } mark ? mark.FirstChild!.TextContent : cell.TextContent.Trim();
}
