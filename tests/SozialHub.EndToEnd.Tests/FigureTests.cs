using System.Text;
using Microsoft.Playwright;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.EndToEnd.Tests;

/// <summary>Tables without JavaScript, maps and charts with it, the CSV download, and the README's screenshots.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class FigureTests(BrowserFixture fixture)
{
    internal static readonly string Screenshots = Path.Combine(ServiceProcess.RepositoryRoot(), "docs", "screenshots");

    [Fact]
    public async Task Profile_shows_its_tables_with_JavaScript_off_and_hides_the_empty_figures()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/sozialraeume/roden-nord");

        Assert.True(await page.Locator("#kennzahlen-tabelle").IsVisibleAsync());
        Assert.True(await page.Locator("#kennzahlen-tabelle tbody tr").CountAsync() >= 20);
        Assert.True(await page.Locator("section[aria-labelledby=bevoelkerung] table").IsVisibleAsync());
        var seriesTables = page.Locator(".series table");
        Assert.True(await seriesTables.CountAsync() >= 2);
        Assert.True(await seriesTables.First.IsVisibleAsync());
        // Map and charts need JavaScript; without it they take no room and the tables carry the data.
        Assert.False(await page.Locator("figure.figure--map").IsVisibleAsync());
        Assert.False(await page.Locator("figure.figure--chart").First.IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".leaflet-container").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Profile_draws_the_map_with_Leaflet_and_the_charts_with_Chart_js()
    {
        var page = await fixture.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync("/sozialraeume/roden-nord");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Every Sozialraum is an SVG path; Roden-Nord is outlined in bold.
        var paths = page.Locator(".leaflet-container svg path.leaflet-interactive");
        Assert.True(await paths.CountAsync() >= 28, $"{await paths.CountAsync()} paths");
        Assert.True(await page.Locator("figure.figure--map").IsVisibleAsync());
        var chart = page.Locator("figure.figure--chart:not(details figure) canvas").First; // the time series, not the collapsed demography
        Assert.True(await chart.IsVisibleAsync());
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, "the chart has a size");
        Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart(document.querySelector('figure.figure--chart:not(details figure) canvas[data-chart]')).data.datasets.length === 2"));
        Assert.Empty(problems.All);

        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "sozialraum-profil.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Indicator_choropleth_colours_the_spaces_from_the_legend()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/indikatoren/child_poverty");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var fills = await page.Locator(".leaflet-container svg path.leaflet-interactive").EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('fill'))");
        var legend = await page.Locator(".map-legend .swatch").EvaluateAllAsync<string[]>("swatches => swatches.map(s => getComputedStyle(s).backgroundColor)");
        Assert.Equal(28, fills.Length);
        // Several classes are in use, and each fill is one of the legend's colours.
        Assert.True(fills.Distinct().Count() >= 3, string.Join(", ", fills.Distinct()));
        Assert.All(fills, fill => Assert.Contains(fill, legend));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Csv_download_from_the_indicator_page_is_German_Excel_CSV()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/indikatoren/sgb2_share");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Alle Werte als CSV herunterladen").ClickAsync());

        Assert.Equal("indikator-sgb2_share.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Sozialraum;Schlüssel;Stadtteil;Jahr;Wert;Einheit;vorläufig", lines[0]);
        // 28 Sozialräume × 11 years and 11 city values, each value with a decimal comma.
        Assert.Equal(1 + (28 * 11) + 11, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^[^;]*;[^;]*;[^;]*;\d{4};\d+(,\d+)?;%;(ja|nein)?$", line));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Action_field_page_renders_and_is_photographed_for_the_README()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/handlungsfelder/labour");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("Arbeitsmarkt & Existenzsicherung", await page.Locator("h1").TextContentAsync());
        Assert.Equal(7, await page.Locator("#kennzahlen-tabelle tbody tr").CountAsync());
        Assert.True(await page.Locator("[data-discussion='action-field:labour']").IsVisibleAsync());

        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "handlungsfeld.png") });
        await page.Context.CloseAsync();
    }
}
