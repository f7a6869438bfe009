using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>
/// What /graphql shows a browser: GraphiQL (our page in wwwroot/graphiql, its bundles from npm in
/// wwwroot/lib, no CDN), and the schema as SDL printed from the live schema.
/// </summary>
public sealed class GraphQLPages(ISchema schema, IWebHostEnvironment environment, IOptions<GraphQLOptions> options)
{
    public const string PagePath = "graphiql/index.html";

    /// <summary>Everything from our origin, no inline script or style; GraphiQL's CSS embeds its fonts and icons as data: URLs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly Lazy<string> _sdl = new(() => PrintSdl(schema));

    /// <summary>The SDL exactly as api/schema.graphql holds it.</summary>
    public static string PrintSdl(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").Trim() + "\n";
    }

    /// <summary>The SDL; hidden like introspection when that is switched off.</summary>
    public async Task WriteSdlAsync(HttpContext http)
    {
        if (!options.Value.Introspection)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync(_sdl.Value, http.RequestAborted);
    }

    public async Task WriteGraphiQLAsync(HttpContext http)
    {
        var page = environment.WebRootFileProvider.GetFileInfo(PagePath);
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        AddPageHeaders(http.Response.Headers);
        await using var stream = page.CreateReadStream();
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>The headers of our pages and static files: no sniffing, no framing, no referrer, the CSP above.</summary>
    public static void AddPageHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
    }
}
