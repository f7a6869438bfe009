using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using SozialHub.Portal.Tests.Authentication;
using Xunit;

namespace SozialHub.Portal.Tests.Participation;

/// <summary>Ortswissen through the portal's form: a Sozialraum chosen from the list, and bad input refused in German.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class LocalKnowledgeTests(ParticipationFixture fixture)
{
    private const string Profile = "/sozialraeume/roden-nord";

    [Fact]
    public async Task Local_knowledge_in_a_Sozialraum_chosen_from_the_list_is_stored_there()
    {
        using var browser = fixture.Browser();
        var fields = await FormFieldsAsync(browser);

        using var response = await PostAsync(browser, fields, new()
        {
            ["category"] = "MEETING_PLACE",
            ["title"] = "Bouleplatz am Park",
            ["text"] = "Abends treffen sich hier Jung und Alt.",
            ["socialSpace"] = "roden-nord",
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith(Profile + "#beitrag-", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var stored = await fixture.Services.QueryApiAsync("{ socialSpace(key: \"roden-nord\") { localKnowledge { title category } } }");
        Assert.Contains(stored.GetProperty("socialSpace").GetProperty("localKnowledge").EnumerateArray(),
            k => k.GetProperty("title").GetString() == "Bouleplatz am Park" && k.GetProperty("category").GetString() == "MEETING_PLACE");
    }

    [Fact]
    public async Task A_missing_title_a_coordinate_that_is_no_number_and_a_point_outside_the_city_are_named_beside_their_field()
    {
        using var browser = fixture.Browser();
        var fields = await FormFieldsAsync(browser);

        foreach (var (values, field) in new (Dictionary<string, string>, string)[]
        {
            (new() { ["title"] = "", ["text"] = "Ohne Titel.", ["socialSpace"] = "roden-nord" }, "title"),
            (new() { ["title"] = "Ort", ["text"] = "Mit Tippfehler.", ["latitude"] = "neunundvierzig", ["longitude"] = "6,75" }, "latitude"),
            (new() { ["title"] = "Weit weg", ["text"] = "Am Äquator.", ["latitude"] = "0", ["longitude"] = "0" }, "latitude"),
        })
        {
            values["category"] = "PROBLEM";
            using var response = await PostAsync(browser, fields, values);

            Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
            var page = await Html.ParseAsync(response);
            var form = page.QuerySelector("form#ortswissen-formular")!;
            Assert.Equal(values["text"], form.QuerySelector("textarea[name='text']")!.TextContent);
            var error = form.QuerySelector($"#ow-{field}-fehler") ?? form.QuerySelector(".field-error[role='alert']");
            Assert.False(string.IsNullOrWhiteSpace(error?.TextContent), $"no message for {field}: {form.OuterHtml}");
        }
    }

    [Fact]
    public async Task Local_knowledge_with_a_point_is_a_marker_on_the_profile_map_and_stands_in_the_list_with_its_point()
    {
        using var browser = fixture.Browser();
        var fields = await FormFieldsAsync(browser);

        using var response = await PostAsync(browser, fields, new()
        {
            ["category"] = "IDEA",
            ["title"] = "Trinkbrunnen am Weiher",
            ["text"] = "Im Sommer fehlt hier Wasser.",
            ["latitude"] = "49,342",
            ["longitude"] = "6,773",
        });
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var entryId = response.Headers.Location!.OriginalString.Split('#')[1];

        using var signedIn = await browser.GetAsync(Profile);
        var page = await Html.ParseAsync(signedIn);
        var map = MapJson(page);
        var marker = map.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("href").GetString() == "#" + entryId);
        Assert.Equal(("Trinkbrunnen am Weiher", "Idee", 49.342, 6.773),
            (marker.GetProperty("name").GetString(), marker.GetProperty("category").GetString(), marker.GetProperty("latitude").GetDouble(), marker.GetProperty("longitude").GetDouble()));
        // Signed in, a click on the map fills in the form's point.
        Assert.Equal("ortswissen-formular", map.GetProperty("pick").GetString());
        Assert.NotNull(page.QuerySelector("#ortswissen-formular [data-pick-status][role=status]"));
        var entry = page.GetElementById(entryId)!;
        Assert.Contains("Trinkbrunnen am Weiher", entry.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Auf der Karte: Breite 49,34200, Länge 6,77300", entry.QuerySelector(".local-knowledge__point")!.TextContent);

        // Signed out, the marker stays; a click on a shape opens its profile as on every other map.
        using var anonymous = fixture.Services.CreatePortalClient();
        var publicPage = await Html.ParseAsync(await anonymous.GetAsync(Profile));
        var publicMap = MapJson(publicPage);
        Assert.Contains(publicMap.GetProperty("points").EnumerateArray(), p => p.GetProperty("href").GetString() == "#" + entryId);
        Assert.Equal(JsonValueKind.Null, publicMap.GetProperty("pick").ValueKind);
        Assert.Contains("Ortswissen", publicPage.QuerySelector("figure.figure--map figcaption")!.TextContent, StringComparison.Ordinal);
    }

    private static JsonElement MapJson(IDocument page) =>
        JsonDocument.Parse(page.GetElementById("sozialraum-karte-data")!.TextContent).RootElement.Clone();

    /// <summary>Signs in and takes the hidden fields (antiforgery token, form stamp) from a discussion form.</summary>
    private static async Task<Dictionary<string, string>> FormFieldsAsync(Browser browser)
    {
        var page = await ParticipationFixture.SignInAsync(browser, ParticipationFixture.Citizens[3], "/handlungsfelder/labour");
        await Task.Delay(ParticipationFixture.MinimumTimeToSubmit + TimeSpan.FromMilliseconds(200));
        return page.QuerySelectorAll("form#neuer-kommentar input[type='hidden']")
            .Where(i => i.GetAttribute("name") is "__RequestVerificationToken" or "formStamp")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
    }

    private static Task<HttpResponseMessage> PostAsync(Browser browser, Dictionary<string, string> hidden, Dictionary<string, string> values) =>
        browser.PostAsync("/beitraege?handler=LocalKnowledge", new Dictionary<string, string>(hidden.Concat(values)) { ["returnUrl"] = Profile });
}
