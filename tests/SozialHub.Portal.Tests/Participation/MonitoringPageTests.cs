using System.Net;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests.Participation;

/// <summary>The planners' monitoring page: heat table of all spaces × chosen indicators, social index map; planners only.</summary>
[Collection(ParticipationCollection.Collection)]
public sealed class MonitoringPageTests(ParticipationFixture fixture)
{
    [Fact]
    public async Task The_monitoring_page_is_for_planners_only()
    {
        using var anonymous = fixture.Browser();
        using var challenge = await anonymous.GetAsync("/monitoring");
        Assert.Equal(HttpStatusCode.Found, challenge.StatusCode);
        Assert.Equal(fixture.Services.Identity!.BaseAddress.Port, challenge.Headers.Location!.Port);

        using var citizen = fixture.Browser();
        await ParticipationFixture.SignInAsync(citizen, ParticipationAccounts.Citizens[1], "/");
        using var refused = await citizen.GetAsync("/monitoring");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_planner_sees_every_space_with_the_status_indicators_and_each_cell_says_in_words_what_its_colour_shows()
    {
        using var browser = fixture.Browser();

        var page = await ParticipationFixture.SignInAsync(browser, ParticipationAccounts.Planner, "/monitoring");

        var table = page.GetElementById("monitoring-tabelle")!;
        var headings = table.QuerySelectorAll("thead tr:first-child th").Select(h => h.TextContent).ToList();
        Assert.Equal(6, headings.Count); // space, the four status indicators, the social index
        Assert.Contains(headings, h => h.StartsWith("SGB-II-Quote (%", StringComparison.Ordinal));
        Assert.Equal(28, table.QuerySelectorAll("tbody tr").Length);
        var cells = table.QuerySelectorAll("tbody td.heat").ToList();
        Assert.Equal(28 * 4, cells.Count);
        var words = new Dictionary<string, string[]>
        {
            ["heat--worse-2"] = ["deutlich ungünstiger"], ["heat--worse-1"] = ["ungünstiger"], ["heat--even"] = ["etwa wie die Stadt"],
            ["heat--better-1"] = ["günstiger"], ["heat--better-2"] = ["deutlich günstiger"],
        };
        Assert.All(cells, cell =>
        {
            var colour = cell.ClassList.Single(c => c.StartsWith("heat--", StringComparison.Ordinal));
            Assert.EndsWith(", " + Assert.Single(words[colour]), cell.QuerySelector(".heat__word")!.TextContent.Trim(), StringComparison.Ordinal);
        });
        Assert.Contains(cells, c => c.ClassList.Contains("heat--worse-2"));
        Assert.Contains(cells, c => c.ClassList.Contains("heat--better-2"));
        Assert.NotNull(page.QuerySelector("[data-map='monitoring-karte'], #monitoring-karte"));
        var classes = table.QuerySelectorAll("tbody tr td:last-child").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains(classes, c => System.Text.RegularExpressions.Regex.IsMatch(c, @"^[1-4][+±−] \(Status .+, Dynamik .+\)$")); // e.g. 4− (Status sehr niedrig, Dynamik negativ)
        Assert.Contains("nicht im Index", classes); // Lisdorfer Au is too small
    }

    [Fact]
    public async Task Chosen_indicators_and_year_make_the_columns_and_context_indicators_are_not_judged()
    {
        using var browser = fixture.Browser();

        var page = await ParticipationFixture.SignInAsync(browser, ParticipationAccounts.Planner, "/monitoring?kennzahl=share_65_plus&kennzahl=employment_rate&jahr=2020");

        var table = page.GetElementById("monitoring-tabelle")!;
        var headings = table.QuerySelectorAll("thead tr:first-child th").Select(h => h.TextContent).ToList();
        Assert.Equal(["Sozialraum", "Anteil ab 65-Jährige (%, 2020)", "Beschäftigungsquote (%, 2020)", "Sozialindex"], headings);
        Assert.True(page.QuerySelector("input[value=share_65_plus]")!.HasAttribute("checked"));
        Assert.Equal("2020", page.QuerySelector("#jahr option[selected]")!.GetAttribute("value"));
        var context = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td.heat")[0]).ToList();
        Assert.All(context, c => Assert.DoesNotContain("günstiger", c.TextContent, StringComparison.Ordinal));
        Assert.Contains(context, c => c.TextContent.Contains("höher als die Stadt", StringComparison.Ordinal));
    }
}
