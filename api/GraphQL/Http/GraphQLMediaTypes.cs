using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP and the choice between them from <c>Accept</c>.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response media type: none or <c>*/*</c> means application/json; null when nothing acceptable is offered.</summary>
    public static string? Negotiate(StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        // OrderByDescending is stable: among equal qualities the first listed wins.
        foreach (var range in ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1))
        {
            if (Is(range, GraphQLResponseJson))
            {
                return GraphQLResponseJson;
            }

            if (Is(range, Json) || Is(range, "application/*") || Is(range, "*/*"))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>Whether a browser asks for a page (it sends text/html explicitly).</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges) && ranges.Any(r => r.Quality is not 0 && Is(r, "text/html"));

    public static string WithCharset(string mediaType) => mediaType + "; charset=utf-8";

    private static bool Is(MediaTypeHeaderValue range, string mediaType) =>
        range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
