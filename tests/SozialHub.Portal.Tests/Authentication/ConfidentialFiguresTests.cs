using Xunit;

namespace SozialHub.Portal.Tests.Authentication;

/// <summary>Signed-in planners see the small numbers the public does not, marked confidential (methods.md §3).</summary>
[Collection(SignInCollection.Collection)]
public sealed class ConfidentialFiguresTests(SignInFixture fixture)
{
    [Fact]
    public async Task A_planner_sees_Lisdorfer_Aus_child_poverty_with_rank_marked_confidential_where_the_public_sees_a_dot()
    {
        using var browser = fixture.Browser();

        var page = await browser.SignInAsPlannerAsync("/sozialraeume/lisdorfer-au");

        var row = page.QuerySelectorAll("#kennzahlen-tabelle tbody tr").Single(r => r.QuerySelector("th a")?.GetAttribute("href") == "/indikatoren/child_poverty");
        var cells = row.Children.Select(c => c.TextContent.Trim()).ToArray();
        Assert.Null(row.QuerySelector(".suppressed"));
        Assert.Matches(@"^\d+,\d %\s+\(vertraulich\)$", cells[2]);
        Assert.Matches(@"^\d+ von 28$", cells[6]);

        var ranking = await browser.OpenAsync("/indikatoren/child_poverty");
        var table = (await Html.ParseAsync(ranking)).GetElementById("rangfolge")!;
        Assert.Equal(2, table.QuerySelectorAll("tbody td .note").Count(n => n.TextContent.Contains("vertraulich", StringComparison.Ordinal)));
        Assert.Empty(table.QuerySelectorAll(".suppressed"));
    }
}
