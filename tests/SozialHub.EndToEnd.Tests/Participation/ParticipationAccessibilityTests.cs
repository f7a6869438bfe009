using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace SozialHub.EndToEnd.Tests.Participation;

/// <summary>axe-core on the pages signed in: a thread with every form open, a refused form, moderation, the planners' monitoring.</summary>
[Collection(ParticipationBrowserFixture.Collection)]
public sealed class ParticipationAccessibilityTests(ParticipationBrowserFixture fixture)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Discussion_with_open_forms_a_refused_form_and_the_moderation_page_have_no_violations()
    {
        var author = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Citizens[1], "/handlungsfelder/inclusion");
        await PostAsync(author, "#neuer-kommentar", "Ein **barrierefreier** Kommentar mit [Link](https://example.org).");
        await author.Locator("li.contribution details summary").First.ClickAsync();
        await AssertNoViolationsAsync(author, "own comment, edit form open");

        var reader = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Citizens[2], "/handlungsfelder/inclusion");
        foreach (var summary in await reader.Locator("li.contribution summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        await AssertNoViolationsAsync(reader, "another's comment, flag and reply forms open");
        await reader.FillAsync("li.contribution form[action*='handler=Flag'] textarea", "Bitte prüfen.");
        await reader.ClickAsync("li.contribution form[action*='handler=Flag'] button");
        await reader.WaitForLoadStateAsync(LoadState.Load);

        // A refused form: the reply form sent empty (the browser's own check is off, so the API answers).
        await reader.GotoAsync("/handlungsfelder/inclusion");
        await reader.EvaluateAsync("() => document.querySelectorAll('textarea').forEach(t => t.removeAttribute('required'))");
        await reader.Locator("li.contribution summary", new() { HasText = "Antworten" }).First.ClickAsync();
        await reader.Locator("form[action*='handler=Reply'] button").First.ClickAsync();
        await reader.WaitForSelectorAsync(".field-error");
        await AssertNoViolationsAsync(reader, "refused reply");

        var planner = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Planner, "/moderation");
        Assert.True(await planner.Locator("#gemeldet ~ ol .queue__entry").CountAsync() > 0, "the flagged comment is in the queue");
        await AssertNoViolationsAsync(planner, "moderation");
        foreach (var page in new[] { author, reader, planner })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_planner_chooses_indicators_on_the_monitoring_page_and_it_has_no_violations_with_its_map()
    {
        var page = await fixture.SignedInPageAsync(ParticipationBrowserFixture.Planner, "/monitoring");
        var problems = PageProblems.Watch(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(28, await page.Locator("#monitoring-tabelle tbody tr").CountAsync());
        Assert.True(await page.Locator(".leaflet-container path").CountAsync() >= 28, "the map draws every space");

        await page.CheckAsync("input[value=population]");
        await page.SelectOptionAsync("#jahr", "2022");
        await page.ClickAsync("form.filter button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("kennzahl=population", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(5, await page.Locator("#monitoring-tabelle tbody tr:first-child td.heat").CountAsync()); // 4 status indicators + population
        Assert.Contains("2022", await page.Locator("#monitoring-tabelle thead th").Nth(1).TextContentAsync() ?? "", StringComparison.Ordinal);
        await AssertNoViolationsAsync(page, "monitoring");
        Assert.Empty(problems.All);
        await page.Context.CloseAsync();
    }

    private static async Task PostAsync(IPage page, string form, string text)
    {
        await page.FillAsync($"{form} textarea", text);
        var before = page.Url;
        await page.ClickAsync($"{form} button[type='submit']");
        await page.WaitForURLAsync(url => url != before);
    }

    internal static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(WcagAA);

        Assert.True(result.Violations.Length == 0, $"{what}:\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
        Assert.NotEmpty(result.Passes);
    }
}
