using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.EndToEnd.Tests.Participation;

/// <summary>Issue 6's journey in Chromium: register, confirm, comment, reply, edit; three flags hide; a planner restores.</summary>
[Collection(ParticipationBrowserFixture.Collection)]
public sealed partial class JourneyTests(ParticipationBrowserFixture fixture)
{
    private const string Field = "/handlungsfelder/labour";

    [Fact]
    public async Task A_new_citizen_comments_replies_edits_three_flags_hide_and_a_planner_restores()
    {
        var citizen = new TestAccount("neu.bei.sozialhub@example.org", "Nora Neu", "citizen");
        var page = await fixture.NewPageAsync();

        // Register at identity and confirm with the link from the mail.
        await page.GotoAsync(new Uri(fixture.Services.Identity!.BaseAddress, "registrieren").ToString());
        await page.FillAsync("input[name='Input.DisplayName']", citizen.Name);
        await page.FillAsync("input[name='Input.Email']", citizen.Email);
        await page.FillAsync("input[name='Input.Password']", citizen.Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", citizen.Password);
        await page.ClickAsync("form button[type='submit']");
        var mail = await fixture.Smtp.WaitForMessageAsync(citizen.Email, "bestätigen");
        await page.GotoAsync(Link().Matches(mail.TextBody ?? "").Select(m => m.Value).First(l => l.Contains("/email-bestaetigen", StringComparison.Ordinal)));

        // Comment, reply, edit.
        await fixture.SignInAsync(page, citizen, Field);
        var comment = await PostAsync(page, "#neuer-kommentar", "Die Wege zum Jobcenter sind zu weit.");
        await page.ClickAsync($"{comment} > article summary:has-text('Antworten')");
        var reply = await PostAsync(page, $"{comment} > article form[action*='handler=Reply']", "Ergänzung: besonders für Familien ohne Auto.");
        Assert.Equal(1, await page.Locator($"{comment} {reply}").CountAsync());
        await page.ClickAsync($"{comment} > article summary:has-text('Bearbeiten')");
        await page.FillAsync($"{comment} > article form[action*='handler=Edit'] textarea", "Die Wege zum Jobcenter sind für viele zu weit.");
        await PostAsync(page, $"{comment} > article form[action*='handler=Edit']", null);
        Assert.Contains("für viele", await page.InnerTextAsync($"{comment} > article .contribution__text"), StringComparison.Ordinal);
        Assert.Contains("bearbeitet", await page.InnerTextAsync($"{comment} > article .contribution__meta"), StringComparison.Ordinal);

        // Three other people flag it: hidden with its reason, the reply stays.
        foreach (var flagger in ParticipationAccounts.Citizens.Skip(1))
        {
            var other = await fixture.SignedInPageAsync(flagger, Field);
            await other.ClickAsync($"{comment} > article summary:has-text('Melden')");
            await PostAsync(other, $"{comment} > article form[action*='handler=Flag']", "Das ist unsachlich.");
            await other.Context.CloseAsync();
        }

        await page.GotoAsync(Field);
        Assert.StartsWith("ausgeblendet:", await page.InnerTextAsync($"{comment} > article .contribution__state"), StringComparison.Ordinal);
        Assert.Contains("Familien ohne Auto", await page.InnerTextAsync($"{reply} .contribution__text"), StringComparison.Ordinal);

        // A planner restores it from the moderation queue.
        var planner = await fixture.SignedInPageAsync(ParticipationAccounts.Planner, "/moderation");
        await planner.ClickAsync($"{comment}-ausgeblendet form[action*='handler=Restore'] button");
        await planner.WaitForSelectorAsync(".notice");
        Assert.Equal("Der Beitrag wurde wiederhergestellt.", await planner.InnerTextAsync(".notice"));
        await planner.Context.CloseAsync();

        await page.GotoAsync(Field);
        Assert.Contains("für viele", await page.InnerTextAsync($"{comment} > article .contribution__text"), StringComparison.Ordinal);

        // The README shows this discussion: the comment with its reply, as its author sees it.
        Directory.CreateDirectory(FigureTests.Screenshots);
        await page.Locator("#diskussion").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(FigureTests.Screenshots, "handlungsfeld-diskussion.png") });
        await page.Context.CloseAsync();
    }

    /// <summary>Fills the form's text field (unless null), sends it and returns the selector of the contribution reached.</summary>
    private static async Task<string> PostAsync(IPage page, string form, string? text)
    {
        if (text is not null)
        {
            await page.FillAsync($"{form} textarea", text);
        }

        var before = page.Url;
        await page.ClickAsync($"{form} button[type='submit']");
        await page.WaitForURLAsync(url => url != before && url.Contains("#beitrag-", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);
        return new Uri(page.Url).Fragment;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
