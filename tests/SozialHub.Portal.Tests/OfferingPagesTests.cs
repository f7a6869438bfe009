using System.Text.Json;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The public offering search (/angebote), an offering's page and the network page (/netzwerk), against the real API.</summary>
[Collection(PortalFixture.Collection)]
public sealed class OfferingPagesTests(PortalFixture fixture)
{
    [Fact]
    public async Task The_search_form_filters_by_action_field_and_target_group_and_counts_what_the_api_finds()
    {
        var expected = await fixture.QueryApiAsync(
            "{ offerings(first: 500, where: { actionField: { eq: \"education\" }, targetGroup: { eq: \"children\" } }) { totalCount nodes { name } } }");
        var total = expected.GetProperty("offerings").GetProperty("totalCount").GetInt32();

        var page = await fixture.GetAsync("/angebote?handlungsfeld=education&zielgruppe=children");

        Assert.InRange(total, 1, 500);
        Assert.Equal($"{total} {(total == 1 ? "Angebot" : "Angebote")} gefunden", page.QuerySelector("#treffer")?.TextContent.Trim());
        Assert.Equal("education", page.QuerySelector("#handlungsfeld option[selected]")?.GetAttribute("value"));
        var shown = page.QuerySelectorAll(".result h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(expected.GetProperty("offerings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Take(20), shown);
        Assert.NotNull(page.QuerySelector("[data-map]"));
    }

    [Fact]
    public async Task An_offering_page_shows_description_organisation_hours_and_the_review_date()
    {
        var search = await fixture.GetAsync("/angebote?q=Beratung");
        var link = search.QuerySelector(".result h3 a")!;

        var page = await fixture.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(link.TextContent.Trim(), page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Zuletzt geprüft am", page.QuerySelector(".note")?.TextContent);
        Assert.Null(page.QuerySelector("main script"));
    }

    [Fact]
    public async Task The_network_page_has_the_graph_data_and_the_same_cooperations_as_a_table()
    {
        var confirmed = await fixture.QueryApiAsync("{ cooperations(first: 500, where: { isConfirmed: { eq: true } }) { totalCount } }");

        var page = await fixture.GetAsync("/netzwerk");

        var rows = page.QuerySelectorAll("main table tbody tr").Length;
        Assert.Equal(confirmed.GetProperty("cooperations").GetProperty("totalCount").GetInt32(), rows);
        using var graph = JsonDocument.Parse(page.GetElementById("netzwerk-graph-data")!.TextContent);
        Assert.Equal(rows, graph.RootElement.GetProperty("edges").GetArrayLength());
        Assert.NotEmpty(page.QuerySelectorAll(".results .result"));
    }
}
