using System.Net;
using AngleSharp.Dom;
using SozialHub.Portal.Tests.Authentication;
using Xunit;

namespace SozialHub.Portal.Tests.Participation;

/// <summary>Organisations as teams in the portal, through identity and the real API: request, verify, invite, accept, the public profile.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class OrganisationPageTests(ParticipationFixture fixture)
{
    [Fact]
    public async Task A_citizen_requests_an_organisation_a_planner_verifies_it_and_the_profile_shows_the_badge()
    {
        using var owner = fixture.Browser();
        var form = await ParticipationFixture.SignInAsync(owner, ParticipationFixture.Citizens[2], "/organisation/neu");
        var name = $"Nachbarschaftshilfe Picard {Guid.NewGuid():N}"[..40];

        var requested = await SubmitAsync(owner, form, "neue-organisation", new()
        {
            ["Input[name]"] = name, ["Input[legalStatus]"] = "e.V.", ["Input[city]"] = "Saarlouis", ["Input[website]"] = "https://picard.example.org",
        });
        var home = await Html.ParseAsync(await owner.OpenAsync("/organisation"));
        var row = home.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(name, StringComparison.Ordinal));
        var profileUrl = row.QuerySelector("th a")!.GetAttribute("href")!;
        var unverified = await Html.ParseAsync(await owner.OpenAsync(profileUrl));

        using var planner = fixture.Browser();
        var review = await ParticipationFixture.SignInAsync(planner, ParticipationFixture.Planner, "/organisation/pruefung");
        var verify = review.QuerySelectorAll("form").Single(f => f.QuerySelector("button")!.TextContent.Contains(name, StringComparison.Ordinal));
        using var verified = await planner.SubmitAsync(review, verify);
        var profile = await Html.ParseAsync(await new Browser(fixture.Services.Portal.BaseAddress).OpenAsync(profileUrl));

        Assert.Contains("beantragt", requested.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Inhaber/in", row.QuerySelectorAll("td")[0].TextContent);
        Assert.Contains("Sie handeln für diese Organisation", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("noch nicht geprüft", unverified.QuerySelector(".badge")!.TextContent);
        Assert.Equal(HttpStatusCode.Found, verified.StatusCode);
        Assert.Equal(name, profile.QuerySelector("h1")!.TextContent);
        Assert.Equal("geprüft von der Sozialplanung", profile.QuerySelector(".badge--verified")!.TextContent);
        Assert.Equal("https://picard.example.org", profile.QuerySelector("dl a[rel]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_beside_the_field()
    {
        using var browser = fixture.Browser();
        var form = await ParticipationFixture.SignInAsync(browser, ParticipationFixture.Citizens[2], "/organisation/neu");

        using var response = await SubmitRawAsync(browser, form, "neue-organisation", new() { ["Input[name]"] = "awo kreisverband saarlouis" });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        var field = page.QuerySelector("input[name='Input[name]']")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("gibt es schon", page.GetElementById(field.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Equal("awo kreisverband saarlouis", field.GetAttribute("value"));
    }

    [Fact]
    public async Task An_owner_invites_and_the_invited_person_accepts_through_the_link()
    {
        using var owner = fixture.Browser();
        var form = await ParticipationFixture.SignInAsync(owner, ParticipationFixture.Citizens[3], "/organisation/neu");
        var name = $"Jugendtreff Fraulautern {Guid.NewGuid():N}"[..40];
        await SubmitAsync(owner, form, "neue-organisation", new() { ["Input[name]"] = name });
        var home = await Html.ParseAsync(await owner.OpenAsync("/organisation"));
        var members = await Html.ParseAsync(await owner.OpenAsync(home.QuerySelector("a[href^='/organisation/mitglieder']")!.GetAttribute("href")!));
        var invitee = ParticipationFixture.Citizens[1];

        var invited = await SubmitAsync(owner, members, "einladen-formular", new() { ["email"] = invitee.Email });
        var link = new Uri(invited.QuerySelector(".hint code")!.TextContent);
        using var guest = fixture.Browser();
        var accept = await ParticipationFixture.SignInAsync(guest, invitee, link.PathAndQuery);
        var accepted = await SubmitAsync(guest, accept, "annehmen", []);
        var again = await SubmitRawAsync(guest, accept, "annehmen", []);
        var team = await Html.ParseAsync(await owner.OpenAsync(new Uri(invited.Url).PathAndQuery));

        Assert.Contains(invitee.Email, invited.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/organisation/einladung", link.AbsolutePath);
        Assert.Contains("Willkommen", accepted.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("schon angenommen", (await Html.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(team.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains(invitee.Email, StringComparison.Ordinal)
            && r.TextContent.Contains("Redakteur/in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signed_out_visitors_see_the_list_and_are_sent_to_sign_in_for_their_organisations()
    {
        using var browser = fixture.Browser();

        var list = await Html.ParseAsync(await browser.OpenAsync("/organisationen"));
        using var mine = await browser.GetAsync("/organisation");

        Assert.Contains(list.QuerySelectorAll("tbody th a"), a => a.TextContent == "AWO Kreisverband Saarlouis");
        Assert.Equal(HttpStatusCode.Found, mine.StatusCode);
        Assert.Contains("/connect/authorize", mine.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<IDocument> SubmitAsync(Browser browser, IDocument page, string formId, Dictionary<string, string> values)
    {
        var response = await SubmitRawAsync(browser, page, formId, values);
        Assert.True(response.StatusCode == HttpStatusCode.Found, await response.Content.ReadAsStringAsync());
        return await Html.ParseAsync(await browser.FollowAsync(response));
    }

    private static Task<HttpResponseMessage> SubmitRawAsync(Browser browser, IDocument page, string formId, Dictionary<string, string> values) =>
        browser.SubmitAsync(page, page.GetElementById(formId) ?? throw new InvalidOperationException($"No form #{formId} on {page.Url}."), values);
}
