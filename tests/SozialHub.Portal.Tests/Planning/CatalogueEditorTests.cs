using System.Net;
using SozialHub.Portal.Tests.Participation;
using Xunit;

namespace SozialHub.Portal.Tests.Planning;

/// <summary>The catalogue editor against the real API: refused input stays as typed with the message at the field; create, edit, retire.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class CatalogueEditorTests(ParticipationFixture fixture)
{
    [Fact]
    public async Task A_planner_creates_an_indicator_after_a_refusal_edits_and_retires_it()
    {
        using var browser = fixture.Browser();
        var form = await ParticipationFixture.SignInAsync(browser, ParticipationFixture.Planner, "/planung/indikatoren/bearbeiten");
        var values = new Dictionary<string, string>
        {
            ["Form.Key"] = "spielplatz_besuche",
            ["Form.Name"] = "Besuche auf Spielplätzen",
            ["Form.Unit"] = "COUNT",
            ["Form.Polarity"] = "CONTEXT",
            ["Form.ActionField"] = "education",
            ["Form.SuppressionThreshold"] = "-2",
        };

        using var refused = await browser.SubmitAsync(form, form.GetElementById("indicator-form")!, values);
        var again = await Html.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("nicht negativ", again.GetElementById("feld-suppressionThreshold-fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("-2", again.GetElementById("feld-suppressionThreshold")!.GetAttribute("value"));
        Assert.Equal("Besuche auf Spielplätzen", again.GetElementById("feld-name")!.GetAttribute("value"));
        Assert.Equal("education", again.QuerySelector("#feld-actionField option[selected]")!.GetAttribute("value"));

        var list = await ImportPageTests.SubmitAndFollowAsync(browser, again, "indicator-form", new(values) { ["Form.SuppressionThreshold"] = "5" });
        Assert.Equal("Der Indikator „Besuche auf Spielplätzen“ wurde gespeichert.", list.QuerySelector(".notice")!.TextContent);
        var edit = await Html.ParseAsync(await browser.OpenAsync("/planung/indikatoren/bearbeiten/spielplatz_besuche"));
        Assert.Equal("5", edit.GetElementById("feld-suppressionThreshold")!.GetAttribute("value"));

        var edited = await ImportPageTests.SubmitAndFollowAsync(browser, edit, "indicator-form", new() { ["Form.Source"] = "Grünflächenamt" });
        var row = edited.QuerySelectorAll("#catalogue tbody tr").First(r => r.TextContent.Contains("spielplatz_besuche", StringComparison.Ordinal));
        Assert.Contains(row.Children, c => c.TextContent == "Grünflächenamt");

        var retire = await Html.ParseAsync(await browser.OpenAsync("/planung/indikatoren/bearbeiten/spielplatz_besuche"));
        var retired = await ImportPageTests.SubmitAndFollowAsync(browser, retire, "retire-form", new() { ["ConfirmRetire"] = "true" });
        row = retired.QuerySelectorAll("#catalogue tbody tr").First(r => r.TextContent.Contains("spielplatz_besuche", StringComparison.Ordinal));
        Assert.Equal("stillgelegt", row.Children.Last().TextContent);
        var publicList = await Html.ParseAsync(await fixture.Browser().OpenAsync("/indikatoren"));
        Assert.DoesNotContain("Besuche auf Spielplätzen", publicList.Body!.TextContent, StringComparison.Ordinal);
    }
}
