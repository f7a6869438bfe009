using System.Net;
using AngleSharp.Dom;
using SozialHub.Portal.Tests.Authentication;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Participation;

/// <summary>The discussion on an action field, server-rendered, through identity and the real API.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class DiscussionTests(ParticipationFixture fixture)
{
    [Fact]
    public async Task Signed_out_visitors_read_the_discussion_and_get_a_sign_in_link()
    {
        using var browser = fixture.Browser();

        var page = await Html.ParseAsync(await browser.OpenAsync("/handlungsfelder/labour"));

        var section = page.QuerySelector("section#diskussion")!;
        Assert.Equal("Diskussion", section.QuerySelector("h2")!.TextContent);
        Assert.Equal("/anmelden?returnUrl=%2Fhandlungsfelder%2Flabour", section.QuerySelector(".discussion__signin a")!.GetAttribute("href"));
        Assert.Null(section.QuerySelector("form"));
    }

    [Fact]
    public async Task A_citizen_comments_with_the_context_replies_and_edits()
    {
        using var browser = fixture.Browser();
        var page = await ParticipationFixture.SignInAsync(browser, Anna, "/handlungsfelder/education?indikator=sgb2_share&jahr=2024");

        var posted = await SubmitAsync(browser, page, "neuer-kommentar", new() { ["text"] = "Mehr **Kita-Plätze** in Roden, bitte." });
        var comment = Contribution(posted);
        Assert.Equal("Kita-Plätze", comment.QuerySelector(".contribution__text strong")!.TextContent);
        Assert.Contains("Anna Anwohnerin", comment.QuerySelector(".contribution__meta")!.TextContent, StringComparison.Ordinal);
        var stored = await fixture.Services.QueryApiAsync(
            "{ contributions(actionField: \"education\") { nodes { text context { indicator { key } year } } } }");
        var context = stored.GetProperty("contributions").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("text").GetString()!.Contains("Kita-Plätze", StringComparison.Ordinal)).GetProperty("context");
        Assert.Equal("sgb2_share", context.GetProperty("indicator").GetProperty("key").GetString());
        Assert.Equal(2024, context.GetProperty("year").GetInt32());

        var replied = await SubmitAsync(browser, posted, "antwort-" + HexId(comment), new() { ["text"] = "Ich stimme zu, besonders am Nachmittag." });
        var reply = Contribution(replied);
        Assert.Equal(comment.Id, reply.ParentElement!.Closest("li.contribution")!.Id);

        var edited = await SubmitAsync(browser, replied, "bearbeiten-" + HexId(reply), new() { ["text"] = "Ich stimme zu, besonders am Vormittag." });
        var changed = Contribution(edited);
        Assert.Contains("Vormittag", changed.QuerySelector(".contribution__text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("bearbeitet", changed.QuerySelector(".contribution__meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_text_a_hurried_form_and_a_filled_honeypot_are_refused_in_German_and_the_text_stays()
    {
        using var browser = fixture.Browser();
        await ParticipationFixture.SignInAsync(browser, Ben, "/handlungsfelder/housing");
        var oversize = new string('x', 5001);

        foreach (var (values, wait, expected) in new (Dictionary<string, string>, bool, string)[]
        {
            (new() { ["text"] = "   " }, true, "Text"),
            (new() { ["text"] = oversize }, true, "5000"),
            (new() { ["text"] = "Zu schnell geschrieben." }, false, "Moment"),
            (new() { ["text"] = "Von einem Bot.", ["website"] = "https://spam.example" }, true, "Webseite"),
        })
        {
            // A fresh form each time: its stamp says when it was shown.
            var page = await Html.ParseAsync(await browser.OpenAsync("/handlungsfelder/housing"));
            using var response = await SubmitRawAsync(browser, page, "neuer-kommentar", values, wait);
            Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
            var again = await Html.ParseAsync(response);
            var field = again.QuerySelector("form#neuer-kommentar textarea[name='text']")!;
            Assert.Equal(values["text"], field.TextContent);
            Assert.Equal("true", field.GetAttribute("aria-invalid"));
            var error = again.GetElementById(field.GetAttribute("aria-describedby")!.Split(' ').Last())!;
            Assert.Contains(expected, error.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Support_counts_once_and_a_flag_needs_a_reason()
    {
        using var author = fixture.Browser();
        var start = await ParticipationFixture.SignInAsync(author, Clara, "/handlungsfelder/inclusion");
        var comment = Contribution(await SubmitAsync(author, start, "neuer-kommentar", new() { ["text"] = "Barrierefreie Wege zum Bürgeramt." }));
        using var reader = fixture.Browser();
        var page = await ParticipationFixture.SignInAsync(reader, Dora, "/handlungsfelder/inclusion");

        var supportForm = page.GetElementById(comment.Id!)!.QuerySelector("form[action*='handler=Support']")!;
        var supported = await Html.ParseAsync(await reader.FollowAsync(await reader.SubmitAsync(page, supportForm)));
        Assert.Equal("Zustimmung: 1", supported.GetElementById(comment.Id!)!.QuerySelector(".contribution__support")!.TextContent);
        using var twice = await reader.SubmitAsync(page, supportForm);
        Assert.Equal(HttpStatusCode.UnprocessableContent, twice.StatusCode);
        Assert.NotEmpty((await Html.ParseAsync(twice)).QuerySelector("[role='alert']")!.TextContent.Trim());

        using var flagged = await SubmitRawAsync(reader, supported, "melden-" + HexId(comment), new() { ["reason"] = "" }, wait: true);
        Assert.Equal(HttpStatusCode.UnprocessableContent, flagged.StatusCode);
        var refused = await Html.ParseAsync(flagged);
        Assert.Equal("true", refused.QuerySelector("textarea[name='reason']")!.GetAttribute("aria-invalid"));
        Assert.NotEmpty(refused.QuerySelector(".field-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Three_flags_hide_a_comment_until_a_planner_restores_it()
    {
        using var author = fixture.Browser();
        var start = await ParticipationFixture.SignInAsync(author, Anna, "/handlungsfelder/participation");
        var comment = Contribution(await SubmitAsync(author, start, "neuer-kommentar", new() { ["text"] = "Ein strittiger Kommentar." }));
        foreach (var account in new[] { Ben, Clara, Dora })
        {
            using var flagger = fixture.Browser();
            var page = await ParticipationFixture.SignInAsync(flagger, account, "/handlungsfelder/participation");
            await SubmitAsync(flagger, page, "melden-" + HexId(comment), new() { ["reason"] = "Unsachlich." });
        }

        using var visitor = fixture.Browser();
        var hidden = (await Html.ParseAsync(await visitor.OpenAsync("/handlungsfelder/participation"))).GetElementById(comment.Id!)!;
        Assert.StartsWith("ausgeblendet:", hidden.QuerySelector(".contribution__state")!.TextContent, StringComparison.Ordinal);
        Assert.Null(hidden.QuerySelector(".contribution__text"));

        using var planner = fixture.Browser();
        var queue = await ParticipationFixture.SignInAsync(planner, ParticipationFixture.Planner, "/moderation");
        var entry = queue.GetElementById(comment.Id + "-ausgeblendet")!;
        Assert.Contains("Ein strittiger Kommentar.", entry.QuerySelector(".queue__text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, entry.QuerySelectorAll("ul li").Length);
        var restored = await Html.ParseAsync(await planner.FollowAsync(await planner.SubmitAsync(queue, entry.QuerySelector("form[action*='handler=Restore']")!)));
        Assert.Equal("Der Beitrag wurde wiederhergestellt.", restored.QuerySelector(".notice")!.TextContent);
        Assert.Contains(restored.QuerySelectorAll("table td"), td => td.TextContent == "wiederhergestellt");

        var visible = (await Html.ParseAsync(await visitor.OpenAsync("/handlungsfelder/participation"))).GetElementById(comment.Id!)!;
        Assert.Equal("Ein strittiger Kommentar.", visible.QuerySelector(".contribution__text")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_moderation_page_is_for_planners_only()
    {
        using var anonymous = fixture.Browser();
        using var challenge = await anonymous.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.Found, challenge.StatusCode);
        Assert.Equal(fixture.Services.Identity!.BaseAddress.Port, challenge.Headers.Location!.Port);

        using var citizen = fixture.Browser();
        await ParticipationFixture.SignInAsync(citizen, Ben, "/");
        using var refused = await citizen.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = fixture.Browser();
        await ParticipationFixture.SignInAsync(browser, Ben, "/");

        using var response = await browser.PostAsync("/beitraege?handler=Comment", new Dictionary<string, string>
        {
            ["target"] = "action-field:labour",
            ["text"] = "Ohne Formularschutz.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Waits as a person would, submits the form with the values, expects the way back to the discussion.</summary>
    private static async Task<IDocument> SubmitAsync(Browser browser, IDocument page, string formId, Dictionary<string, string> values)
    {
        var response = await SubmitRawAsync(browser, page, formId, values, wait: true);
        Assert.True(response.StatusCode == HttpStatusCode.Found, await response.Content.ReadAsStringAsync());
        return await Html.ParseAsync(await browser.FollowAsync(response));
    }

    private static async Task<HttpResponseMessage> SubmitRawAsync(Browser browser, IDocument page, string formId, Dictionary<string, string> values, bool wait)
    {
        var form = page.GetElementById(formId) ?? throw new InvalidOperationException($"No form #{formId} on {page.Url}.");
        if (wait)
        {
            await Task.Delay(ParticipationFixture.MinimumTimeToSubmit + TimeSpan.FromMilliseconds(200));
        }

        return await browser.SubmitAsync(page, form, values);
    }

    /// <summary>The contribution the redirect pointed at (the fragment of the page's URL).</summary>
    private static IElement Contribution(IDocument page)
    {
        var id = new Uri(page.Url).Fragment.TrimStart('#');
        return page.GetElementById(id) ?? throw new InvalidOperationException($"#{id} is not on {page.Url}.");
    }

    private static string HexId(IElement contribution) => contribution.Id!["beitrag-".Length..];

    private static TestAccount Anna => ParticipationFixture.Citizens[0];

    private static TestAccount Ben => ParticipationFixture.Citizens[1];

    private static TestAccount Clara => ParticipationFixture.Citizens[2];

    private static TestAccount Dora => ParticipationFixture.Citizens[3];
}
