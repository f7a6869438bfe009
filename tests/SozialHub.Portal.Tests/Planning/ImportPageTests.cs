using System.Net;
using System.Text;
using AngleSharp.Dom;
using SozialHub.Portal.Tests.Authentication;
using SozialHub.Portal.Tests.Participation;
using Xunit;

namespace SozialHub.Portal.Tests.Planning;

/// <summary>The planners' import pages against the real identity, API and portal processes: upload → preview → apply → history → rollback.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class ImportPageTests(ParticipationFixture fixture)
{
    /// <summary>A delivery with the old keys (one mistyped) beside the new ones: the preview finds the old column first.</summary>
    public static readonly byte[] Delivery = Encoding.UTF8.GetBytes(
        "Sozialraum;Sozialraum_neu;Indikator;Jahr;Wert\n" +
        "innenstadt-altstat;innenstadt-altstadt;population;2024;2400\n" +
        "steinrausch-ost;steinrausch-ost;population;2024;3100\n");

    [Fact]
    public async Task A_planner_uploads_maps_the_columns_applies_and_rolls_back()
    {
        using var browser = fixture.Browser();
        var upload = await ParticipationFixture.SignInAsync(browser, ParticipationFixture.Planner, "/planung/import");
        Assert.Contains(upload.QuerySelectorAll("nav a"), a => a.TextContent == "Planung");

        using var uploaded = await browser.UploadAsync(upload, upload.GetElementById("import-upload")!, Delivery, "einwohner-2024.csv");
        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, await uploaded.Content.ReadAsStringAsync());
        var preview = await Html.ParseAsync(await browser.FollowAsync(uploaded));
        var problem = Assert.Single(preview.QuerySelectorAll("table.import-problems tbody tr"));
        Assert.Equal("2", problem.Children[0].TextContent);
        Assert.Contains("Meinten Sie 'innenstadt-altstadt'?", problem.Children[3].TextContent, StringComparison.Ordinal);
        Assert.Null(preview.GetElementById("import-apply"));

        var mapped = await Html.ParseAsync(await browser.OpenAsync(preview.Url + "?Format=LONG&Columns%5BsocialSpace%5D=Sozialraum_neu"));
        Assert.Empty(mapped.QuerySelectorAll("table.import-problems"));
        Assert.Equal("Sozialraum_neu", mapped.QuerySelector("#spalte-socialSpace option[selected]")!.TextContent);
        var apply = mapped.GetElementById("import-apply")!;

        using var unconfirmed = await browser.SubmitAsync(mapped, apply, new Dictionary<string, string> { ["Source"] = "Einwohnermeldeamt" });
        var refused = await Html.ParseAsync(unconfirmed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Equal("Bitte bestätigen Sie, dass Sie die Vorschau geprüft haben.", refused.GetElementById("import-confirm-fehler")!.TextContent);
        Assert.Equal("Einwohnermeldeamt", refused.GetElementById("import-source")!.GetAttribute("value"));

        var history = await SubmitAndFollowAsync(browser, refused, "import-apply",
            new() { ["Source"] = "Einwohnermeldeamt", ["Confirmed"] = "true" });
        Assert.StartsWith("Die Datenlieferung wurde übernommen: 0 neue, 2 geänderte", history.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var row = Row(history, "einwohner-2024.csv");
        Assert.Contains(row.Children, c => c.TextContent == "Einwohnermeldeamt");
        Assert.Contains(row.Children, c => c.TextContent == ParticipationFixture.Planner.Name);

        var confirm = await Html.ParseAsync(await browser.OpenAsync(row.QuerySelector("a")!.GetAttribute("href")!));
        var rolledBack = await SubmitAndFollowAsync(browser, confirm, "rollback-confirm", []);
        Assert.Equal("Die Datenlieferung wurde zurückgenommen: die vorherigen Werte gelten wieder.", rolledBack.QuerySelector(".notice")!.TextContent);
        Assert.Contains("zurückgenommen", Row(rolledBack, "einwohner-2024.csv").Children.Last().TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused_in_German_next_to_the_field()
    {
        using var browser = fixture.Browser();
        var upload = await ParticipationFixture.SignInAsync(browser, ParticipationFixture.Planner, "/planung/import");

        using var response = await browser.UploadAsync(upload, upload.GetElementById("import-upload")!, [], "leer.csv");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("leere Datei", page.GetElementById("import-file-fehler")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_planning_pages_are_for_planners_only()
    {
        using var citizen = fixture.Browser();
        await ParticipationFixture.SignInAsync(citizen, ParticipationFixture.Citizens[0], "/");

        foreach (var url in new[] { "/planung", "/planung/import", "/planung/importe", "/planung/indikatoren", "/planung/indikatoren/bearbeiten" })
        {
            using var refused = await citizen.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, url);
        }
    }

    internal static IElement Row(IDocument page, string text) =>
        page.QuerySelectorAll("#import-history tbody tr").First(r => r.TextContent.Contains(text, StringComparison.Ordinal));

    internal static async Task<IDocument> SubmitAndFollowAsync(Browser browser, IDocument page, string formId, Dictionary<string, string> values)
    {
        var response = await browser.SubmitAsync(page, page.GetElementById(formId)!, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await Html.ParseAsync(await browser.FollowAsync(response));
    }
}
