using System.Net;
using AngleSharp.Dom;
using Xunit;

namespace SozialHub.Portal.Tests;

public static class PortalPage
{
    /// <summary>GETs a portal page, asserts 200 and returns it parsed.</summary>
    public static async Task<IDocument> GetAsync(this PortalFixture fixture, string path)
    {
        using var http = fixture.CreatePortalClient();
        using var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
        return await Html.ParseAsync(response);
    }

    /// <summary>GETs a portal page without following a redirect.</summary>
    public static async Task<HttpResponseMessage> GetUnfollowedAsync(this PortalFixture fixture, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Portal.BaseAddress };
        return await http.GetAsync(path);
    }

    /// <summary>The German direction word the pages show for the API's <c>TrendDirection</c>.</summary>
    public static string DirectionWord(string direction) => direction switch
    {
        "IMPROVING" => "verbessert",
        "STABLE" => "stabil",
        "WORSENING" => "verschlechtert",
        "UP" => "steigend",
        "DOWN" => "fallend",
        "SUPPRESSED" => "•",
        _ => "zu wenige Daten",
    };

    /// <summary>The texts of the cells of a table's body rows, row by row (row headers included).</summary>
    public static List<string[]> Rows(IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(c => c.TextContent.Trim()).ToArray())];
}
