using Microsoft.Playwright;
using SozialHub.EndToEnd.Tests.Participation;
using Xunit;

namespace SozialHub.EndToEnd.Tests.Planning;

/// <summary>
/// Issue 8's import in Chromium: a planner uploads a small CSV, sees a problem with its „Meinten Sie …?“, fixes the
/// mapping of columns, applies, finds the delivery in the history and rolls it back; axe checks every import page.
/// </summary>
[Collection(ParticipationBrowserFixture.Collection)]
public sealed class ImportJourneyTests(ParticipationBrowserFixture fixture)
{
    private const string Csv =
        "Sozialraum;Sozialraum_neu;Indikator;Jahr;Wert\n" +
        "innenstadt-altstat;innenstadt-altstadt;population;2023;2350\n" +
        "steinrausch-ost;steinrausch-ost;population;2023;3050\n";

    [Fact]
    public async Task A_planner_uploads_fixes_the_mapping_applies_and_rolls_back()
    {
        var page = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Planner, "/planung/import");
        await AssertNoViolationsAsync(page, "upload");

        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "einwohner-2023.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(Csv) });
        await page.ClickAsync("#import-upload button[type='submit']");
        await page.WaitForSelectorAsync("table.import-problems");
        Assert.Contains("Meinten Sie 'innenstadt-altstadt'?", await page.InnerTextAsync("table.import-problems tbody"), StringComparison.Ordinal);
        await AssertNoViolationsAsync(page, "preview with a problem");

        await page.SelectOptionAsync("#spalte-socialSpace", "Sozialraum_neu");
        await page.ClickAsync("#import-mapping button[type='submit']");
        await page.WaitForSelectorAsync("#import-apply");
        Assert.Equal(0, await page.Locator("table.import-problems").CountAsync());
        await AssertNoViolationsAsync(page, "preview without problems");

        await page.FillAsync("#import-source", "Einwohnermeldeamt");
        await page.CheckAsync("#import-apply input[name='Confirmed']");
        await page.ClickAsync("#import-apply button[type='submit']");
        await page.WaitForSelectorAsync(".notice");
        var row = page.Locator("#import-history tbody tr", new() { HasText = "einwohner-2023.csv" });
        Assert.Contains("Einwohnermeldeamt", await row.InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoViolationsAsync(page, "history");

        await row.Locator("a", new() { HasText = "zurücknehmen" }).ClickAsync();
        await page.WaitForSelectorAsync("#rollback-confirm");
        await AssertNoViolationsAsync(page, "rollback confirmation");
        await page.ClickAsync("#rollback-confirm button[type='submit']");
        await page.WaitForSelectorAsync(".notice >> text=zurückgenommen");
        Assert.Contains("zurückgenommen", await page.Locator("#import-history tbody tr", new() { HasText = "einwohner-2023.csv" }).InnerTextAsync(),
            StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_catalogue_pages_have_no_violations()
    {
        var page = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Planner, "/planung/indikatoren");
        await AssertNoViolationsAsync(page, "catalogue");
        await page.GotoAsync("/planung/indikatoren/bearbeiten/sgb2_share");
        await AssertNoViolationsAsync(page, "edit form");
        await page.GotoAsync("/planung/indikatoren/bearbeiten");
        await page.FillAsync("#feld-key", "Ungültig Schlüssel");
        await page.FillAsync("#feld-name", "Test");
        await page.ClickAsync("#indicator-form button[type='submit']");
        await page.WaitForSelectorAsync("#feld-key-fehler");
        await AssertNoViolationsAsync(page, "refused form");
        await page.Context.CloseAsync();
    }

    private static Task AssertNoViolationsAsync(IPage page, string what) => ParticipationAccessibilityTests.AssertNoViolationsAsync(page, what);
}
