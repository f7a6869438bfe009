using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Http;

/// <summary>What a browser gets from /graphql: GraphiQL from our own static files, and the SDL.</summary>
[Collection(ApiCollection.Collection)]
public sealed partial class BrowserTests(ApiEnvironment environment)
{
    [Fact]
    public async Task A_browser_gets_GraphiQL_from_our_own_files_without_a_CDN_or_inline_script()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotMatch("(?i)https?://", html);
        Assert.DoesNotMatch("(?i)<script(?![^>]*\\bsrc=)[^>]*>", html);
        var references = Reference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains("lib/graphiql/graphiql.min.js", references);
        Assert.Contains("lib/react/react.production.min.js", references);
        Assert.Contains("lib/react-dom/react-dom.production.min.js", references);
        foreach (var reference in references.Where(r => r.EndsWith(".js", StringComparison.Ordinal) || r.EndsWith(".css", StringComparison.Ordinal)))
        {
            using var file = await http.GetAsync("/" + reference);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{reference}: {(int)file.StatusCode}");
            var expected = reference.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expected, file.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task The_page_template_is_not_served_without_its_headers()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        using var response = await http.GetAsync("/graphiql/index.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task The_sdl_download_is_the_checked_in_schema(string path)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        var checkedIn = await File.ReadAllTextAsync(Path.Combine(ServiceProcess.RepositoryRoot(), "api", "schema.graphql"));

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        Assert.Equal(checkedIn.ReplaceLineEndings("\n"), await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Reference();
}
