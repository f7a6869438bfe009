using System.Net;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>The portal on its own: a missing API is a page that says so, a wrong address stops the start.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Unreachable_API_gives_503_with_a_German_message()
    {
        // A port that was free a moment ago: nothing listens there.
        var closed = $"http://127.0.0.1:{FreePort.Next()}/";
        await using var portal = await ServiceProcess.StartAsync("portal", new Dictionary<string, string?> { ["Api:BaseUrl"] = closed });
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };

        using var response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Die Daten sind gerade nicht erreichbar", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        SecurityHeaderAssert.Present(response);
        // The portal itself stays up and healthy; only the data is missing.
        using var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(closed, portal.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-url")]
    [InlineData("ftp://example.org/")]
    [InlineData("/api/")]
    public async Task Invalid_API_address_stops_the_start_with_one_line_naming_the_setting(string value)
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("portal", new Dictionary<string, string?> { ["Api:BaseUrl"] = value });

        Assert.Equal(1, exitCode);
        Assert.Contains("Api:BaseUrl", output, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StartPage:KeyIndicators:0", "population", "StartPage:KeyIndicators")]
    [InlineData("StartPage:TrendYears", "0", "StartPage:TrendYears")]
    [InlineData("Map:TileUrl", "http://tiles.example/{z}/{x}/{y}.png", "Map:TileUrl")]
    public async Task Invalid_figure_settings_stop_the_start_with_one_line_naming_the_setting(string key, string value, string named)
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("portal", new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = "http://127.0.0.1:5001/",
            [key] = value,
        });

        Assert.Equal(1, exitCode);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
