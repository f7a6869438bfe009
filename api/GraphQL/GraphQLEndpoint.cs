using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace SozialHub.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql-over-http): POST with JSON, GET for queries, media types chosen from
/// <c>Accept</c>, and the status codes the spec asks for. GraphQL.NET's own server package is not in
/// the registry (docs/adr/0001), so this is ours.
/// </summary>
public sealed class GraphQLEndpoint(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, new OnlyQueriesOverGet()];

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, Json, StatusCodes.Status406NotAcceptable,
                $"Acceptable response types are {GraphQLResponseJson} and {Json}.");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (request, problem, status) = isGet ? (ReadGet(http), StatusCodes.Status400BadRequest) switch
        {
            ((var r, var p), var s) => (r, p, s),
        } : await ReadPostAsync(http);
        if (request is null)
        {
            await WriteProblemAsync(http, mediaType, status, problem!);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = isGet ? GetRules : null,
        });

        if (isGet && result.Errors?.Any(e => e is OnlyQueriesOverGet.Error) == true)
        {
            http.Response.Headers.Allow = "POST";
            status = StatusCodes.Status405MethodNotAllowed;
        }
        else
        {
            // With the GraphQL response media type, a request that never executed is the client's fault.
            status = mediaType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static (GraphQLHttpRequest?, string?) ReadGet(HttpContext http) => GraphQLHttpRequest.FromQueryString(http.Request.Query);

    private static async Task<(GraphQLHttpRequest?, string?, int)> ReadPostAsync(HttpContext http)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"POST needs Content-Type {Json} (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            var (request, problem) = GraphQLHttpRequest.FromJson(body.RootElement);
            return (request, problem, StatusCodes.Status400BadRequest);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The response media type from Accept: none or */* means application/json.</summary>
    private static string? Negotiate(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        foreach (var range in ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1))
        {
            if (range.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    private async Task WriteProblemAsync(HttpContext http, string mediaType, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }], Executed = false };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>Mutations and subscriptions change or hold state; over GET they are refused with 405.</summary>
    private sealed class OnlyQueriesOverGet : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (context.Operation.Operation != OperationType.Query)
            {
                context.ReportError(new Error(context.Document.Source, context.Operation));
            }

            return default;
        }

        public sealed class Error(GraphQLParser.ROM source, ASTNode node)
            : ValidationError(source, "METHOD_NOT_ALLOWED", "Only queries may be sent with GET; send mutations with POST.", node);
    }
}
