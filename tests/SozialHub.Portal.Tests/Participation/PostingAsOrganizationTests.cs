using System.Net;
using AngleSharp.Dom;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Participation;

/// <summary>„Schreiben als“: members choose their organisation in the forms; others see no choice and cannot forge one.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class PostingAsOrganizationTests(ParticipationFixture fixture)
{
    private const string Field = "/handlungsfelder/participation";

    [Fact]
    public async Task A_member_chooses_the_organisation_and_the_comment_shows_its_name_as_author()
    {
        var (organizationId, name) = await fixture.Services.AddMemberAsync(ParticipationAccounts.Member);
        using var browser = fixture.Browser();
        var page = await ParticipationFixture.SignInAsync(browser, ParticipationAccounts.Member, Field);

        var select = page.QuerySelector("form#neuer-kommentar select[name=organizationId]")!;
        Assert.Equal(["mich selbst", name], select.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal("neuer-kommentar-als", select.Id);
        Assert.NotNull(page.QuerySelector("label[for=neuer-kommentar-als]"));
        var profile = await Html.ParseAsync(await browser.OpenAsync("/sozialraeume/roden-nord"));
        Assert.NotNull(profile.QuerySelector("form#ortswissen-formular select#ow-als[name=organizationId]"));

        await Task.Delay(ParticipationFixture.MinimumTimeToSubmit + TimeSpan.FromMilliseconds(200));
        using var response = await browser.SubmitAsync(page, page.GetElementById("neuer-kommentar")!,
            new Dictionary<string, string> { ["text"] = "Unsere Beratungsstelle hat jetzt auch samstags geöffnet.", ["organizationId"] = organizationId });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var shown = await Html.ParseAsync(await browser.FollowAsync(response));
        var comment = shown.GetElementById(new Uri(shown.Url).Fragment.TrimStart('#'))!;
        Assert.Equal(name, comment.QuerySelector(".contribution__meta strong")!.TextContent);
        // Not a planner: who wrote for the organisation is not shown.
        Assert.DoesNotContain("geschrieben von", comment.QuerySelector(".contribution__meta")!.TextContent, StringComparison.Ordinal);

        using var planner = fixture.Browser();
        var moderated = await ParticipationFixture.SignInAsync(planner, ParticipationFixture.Planner, Field);
        var seenByPlanner = moderated.GetElementById(comment.Id!)!;
        Assert.Contains($"(geschrieben von {ParticipationAccounts.Member.Name})", seenByPlanner.QuerySelector(".contribution__meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_membership_there_is_no_choice_and_a_forged_organisation_is_refused_with_the_text_kept()
    {
        var (organizationId, _) = await fixture.Services.AddMemberAsync(ParticipationAccounts.Member);
        using var browser = fixture.Browser();
        var page = await ParticipationFixture.SignInAsync(browser, ParticipationFixture.Citizens[1], Field);
        Assert.Null(page.QuerySelector("select[name=organizationId]"));

        await Task.Delay(ParticipationFixture.MinimumTimeToSubmit + TimeSpan.FromMilliseconds(200));
        using var response = await browser.SubmitAsync(page, page.GetElementById("neuer-kommentar")!,
            new Dictionary<string, string> { ["text"] = "Im Namen eines fremden Trägers.", ["organizationId"] = organizationId });

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        var refused = await Html.ParseAsync(response);
        Assert.Contains("der Sie angehören", refused.QuerySelector(".field-error[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Im Namen eines fremden Trägers.", refused.QuerySelector("form#neuer-kommentar textarea")!.TextContent);
    }
}
