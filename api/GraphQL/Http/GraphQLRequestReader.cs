using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>The GraphQL requests one HTTP request carries: one, or several when batching is on.</summary>
public sealed record GraphQLHttpBatch(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch);

/// <summary>Why an HTTP request is refused before any GraphQL runs: its status, <c>extensions.code</c> and message.</summary>
public sealed record HttpProblem(int Status, string Code, string Message)
{
    public static HttpProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}

/// <summary>Reads GraphQL requests from GET query strings and POST bodies (GraphQL over HTTP), within the body size limit.</summary>
public static class GraphQLRequestReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static async Task<(GraphQLHttpBatch? Batch, HttpProblem? Problem)> ReadAsync(HttpRequest request, GraphQLOptions options)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            var (single, problem) = GraphQLHttpRequest.FromQueryString(request.Query);
            return single is null ? (null, HttpProblem.BadRequest(problem!)) : (new([single], false), null);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"POST needs Content-Type {GraphQLMediaTypes.Json} (UTF-8)."));
        }

        var body = await ReadBodyAsync(request, options.MaxRequestBodySize);
        if (body is null)
        {
            return (null, new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
                $"The request body is larger than {options.MaxRequestBodySize} bytes."));
        }

        try
        {
            using var json = JsonDocument.Parse(body.Value.Span.StartsWith(Utf8Bom) ? body.Value[Utf8Bom.Length..] : body.Value);
            return json.RootElement.ValueKind == JsonValueKind.Array
                ? ReadBatch(json.RootElement, options.Batching)
                : ReadOne(json.RootElement);
        }
        catch (JsonException)
        {
            return (null, HttpProblem.BadRequest(body.Value.Length == 0 ? "The request body is empty." : "The request body is not valid JSON."));
        }
    }

    private static (GraphQLHttpBatch?, HttpProblem?) ReadOne(JsonElement element)
    {
        var (request, problem) = GraphQLHttpRequest.FromJson(element);
        return request is null ? (null, HttpProblem.BadRequest(problem!)) : (new([request], false), null);
    }

    private static (GraphQLHttpBatch?, HttpProblem?) ReadBatch(JsonElement array, GraphQLBatchingOptions batching)
    {
        if (!batching.Enabled)
        {
            return (null, HttpProblem.BadRequest("Batching is not enabled on this server: send one request object."));
        }

        var count = array.GetArrayLength();
        if (count == 0 || count > batching.MaxOperations)
        {
            return (null, HttpProblem.BadRequest($"A batch holds 1 to {batching.MaxOperations} requests; this one holds {count}."));
        }

        var requests = new List<GraphQLHttpRequest>(count);
        foreach (var (element, index) in array.EnumerateArray().Select((e, i) => (e, i)))
        {
            var (request, problem) = GraphQLHttpRequest.FromJson(element);
            if (request is null)
            {
                return (null, HttpProblem.BadRequest($"Batch entry {index}: {problem}"));
            }

            requests.Add(request);
        }

        return (new(requests, true), null);
    }

    /// <summary>The body, or null when it exceeds <paramref name="limit"/> bytes (announced or actual).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Kestrel's own limit (30 MB by default) must not cut in before ours when an operator raises ours.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
