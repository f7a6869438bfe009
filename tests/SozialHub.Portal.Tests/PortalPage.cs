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

    /// <summary>The texts of the cells of a table's body rows, row by row (row headers included).</summary>
    public static List<string[]> Rows(IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(c => c.TextContent.Trim()).ToArray())];
}
