using System.Diagnostics;
using GraphQL;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>
/// Writes GraphQL responses: the status code GraphQL over HTTP asks for, the media type with its charset,
/// and on every error the request's correlation id; unexpected errors are logged under the same id.
/// </summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, ILogger<GraphQLResponseWriter> logger)
{
    public const string CorrelationIdExtension = "correlationId";

    /// <summary>The W3C trace id, so that the log, the traces (Aspire dashboard) and the error agree.</summary>
    public static string CorrelationId(HttpContext http) => Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;

    /// <summary>
    /// 200 whenever the operation ran (data present, field errors or not). Before that: 401/403 when the
    /// caller was refused, 503 on timeout, 500 on an unexpected error; other request errors (parse,
    /// validation, variables) are 400 with application/graphql-response+json and 200 with application/json.
    /// </summary>
    public static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var codes = result.Errors?.Select(ErrorCodes.Of).ToHashSet() ?? [];
        return codes switch
        {
            _ when codes.Contains(ErrorCodes.Unauthenticated) => StatusCodes.Status401Unauthorized,
            _ when codes.Contains(ErrorCodes.Forbidden) => StatusCodes.Status403Forbidden,
            _ when codes.Contains(ErrorCodes.Timeout) => StatusCodes.Status503ServiceUnavailable,
            _ when codes.Contains(ErrorCodes.Internal) => StatusCodes.Status500InternalServerError,
            _ => mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
        };
    }

    public Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result) =>
        WriteAsync(http, mediaType, StatusOf(result, mediaType), [result], batch: false);

    /// <summary>A batch answers 200 with one result per request, in order; each carries its own errors.</summary>
    public Task WriteBatchAsync(HttpContext http, string mediaType, IReadOnlyList<ExecutionResult> results) =>
        WriteAsync(http, mediaType, StatusCodes.Status200OK, results, batch: true);

    /// <summary>A stored answer of <see cref="Caching.ResponseCache"/>: always a 200 without errors.</summary>
    public static async Task WriteStoredAsync(HttpContext http, string mediaType, byte[] body)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>The bytes <see cref="WriteResultAsync"/> would send for an executed result without errors.</summary>
    public async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync<object>(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    public Task WriteProblemAsync(HttpContext http, string mediaType, HttpProblem problem) =>
        WriteAsync(http, mediaType, problem.Status, [new ExecutionResult(new ExecutionError(problem.Message) { Code = problem.Code })], batch: false);

    private async Task WriteAsync(HttpContext http, string mediaType, int status, IReadOnlyList<ExecutionResult> results, bool batch)
    {
        var correlationId = CorrelationId(http);
        foreach (var error in results.SelectMany(r => r.Errors ?? []))
        {
            (error.Extensions ??= [])[CorrelationIdExtension] = correlationId;
            if (ErrorCodes.Of(error) == ErrorCodes.Internal)
            {
                logger.LogError(error.InnerException ?? error, "GraphQL error {CorrelationId} at {Path}: {Message}",
                    correlationId, error.Path is { } path ? string.Join('.', path) : "(document)", error.Message);
            }
        }

        http.Response.StatusCode = status;
        // A refused token has set its own challenge (error="invalid_token", InvalidTokenResponse); keep it.
        if (status == StatusCodes.Status401Unauthorized && http.Response.Headers.WWWAuthenticate.Count == 0)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        await serializer.WriteAsync<object>(http.Response.Body, batch ? results : results[0], http.RequestAborted);
    }
}
