using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace SozialHub.EndToEnd.Tests;

/// <summary>axe-core on every page type, with maps and charts drawn: no violation of a WCAG 2.0/2.1 A or AA rule (BITV 2.0).</summary>
[Collection(BrowserFixture.Collection)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/sozialraeume")]
    [InlineData("/sozialraeume?stadtteil=roden&programm=ja")]
    [InlineData("/sozialraeume/roden-nord")]
    [InlineData("/sozialraeume/lisdorfer-au")]
    [InlineData("/indikatoren")]
    [InlineData("/indikatoren/sgb2_share")]
    [InlineData("/indikatoren/child_poverty")]
    [InlineData("/sozialindex")]
    [InlineData("/handlungsfelder")]
    [InlineData("/handlungsfelder/labour")]
    [InlineData("/barrierefreiheit")]
    [InlineData("/gibt-es-nicht")]
    public async Task Page_has_no_WCAG_A_or_AA_violations(string path)
    {
        var page = await fixture.NewPageAsync();
        var problems = PageProblems.Watch(page);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var result = await page.RunAxe(WcagAA);

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        // The rules ran: axe reports what passed, so an empty run cannot pass as clean.
        Assert.NotEmpty(result.Passes);
        // A 404 logs its status in the console; nothing else may (script errors, refused loads).
        Assert.DoesNotContain(problems.All, p => !p.Contains("404", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Profile_on_a_phone_has_no_violations_and_no_horizontal_scrolling()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync("/sozialraeume/roden-nord");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var result = await page.RunAxe(WcagAA);

        Assert.Empty(result.Violations.Select(v => v.Id));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var widest = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('main *')].filter(e => !e.closest('.leaflet-container') && e.getBoundingClientRect().right > document.documentElement.clientWidth).map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5).join(', ')");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a 375 px phone: {widest}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_to_the_content()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/sozialraeume/roden-nord");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Zum Inhalt springen", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        // Following an in-page link is asynchronous: wait for it instead of reading the URL at once.
        await page.WaitForURLAsync(url => url.EndsWith("#inhalt", StringComparison.Ordinal), new() { Timeout = 5000 });
        Assert.Equal("inhalt", await page.EvaluateAsync<string>("() => document.querySelector(':target')?.id ?? ''"));
        await page.Context.CloseAsync();
    }
}
