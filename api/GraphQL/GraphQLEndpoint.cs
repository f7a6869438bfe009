using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SozialHub.Api.GraphQL.Caching;
using SozialHub.Api.GraphQL.Http;
using SozialHub.Api.GraphQL.Limits;

namespace SozialHub.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql-over-http, docs/standards.md): POST with JSON, GET for queries, media types
/// chosen from <c>Accept</c>, the spec's status codes, optional batching; GraphiQL and the SDL for
/// browsers. GraphQL.NET's own server package is not in the registry (docs/adr/0001), so this is ours.
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer,
    DocumentCache documents,
    GraphQLResponseWriter writer,
    GraphQLPages pages,
    MutationRateLimiter mutations,
    ResponseCache responses,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly GraphQLOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await DispatchAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            var correlationId = GraphQLResponseWriter.CorrelationId(http);
            logger.LogError(e, "GraphQL request {CorrelationId} failed outside execution", correlationId);
            await writer.WriteProblemAsync(http, GraphQLMediaTypes.Json,
                new(StatusCodes.Status500InternalServerError, ErrorCodes.Internal, MaskingErrorInfoProvider.InternalMessage));
        }
    }

    private async Task DispatchAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !request.Query.ContainsKey("query"))
        {
            if (request.Query.ContainsKey("sdl"))
            {
                await pages.WriteSdlAsync(http);
                return;
            }

            if (GraphQLMediaTypes.AcceptsHtml(request.Headers.Accept))
            {
                await pages.WriteGraphiQLAsync(http);
                return;
            }
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await writer.WriteProblemAsync(http, GraphQLMediaTypes.Json, new(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"Acceptable response types are {GraphQLMediaTypes.GraphQLResponseJson} and {GraphQLMediaTypes.Json}."));
            return;
        }

        var (batch, problem) = await GraphQLRequestReader.ReadAsync(request, _options);
        if (batch is null)
        {
            await writer.WriteProblemAsync(http, mediaType, problem!);
            return;
        }

        var cacheKey = batch.IsBatch ? null : responses.KeyOf(http, mediaType, batch.Requests[0]);
        if (cacheKey is not null && responses.TryGet(cacheKey, out var stored))
        {
            await GraphQLResponseWriter.WriteStoredAsync(http, mediaType, stored);
            return;
        }

        var parsed = batch.Requests.Select(r => new ParsedRequest(r, documents.GetOrParse(r.Query))).ToList();
        if (await RefuseAsync(http, mediaType, parsed, isGet))
        {
            return;
        }

        var results = new List<ExecutionResult>(parsed.Count);
        foreach (var one in parsed)
        {
            // One after another: the request's services (its DbContext) allow one operation at a time.
            results.Add(await ExecuteAsync(http, one));
        }

        if (cacheKey is not null && parsed[0].OperationType == OperationType.Query && results[0] is { Executed: true, Errors: null } result)
        {
            var body = await writer.SerializeAsync(result, http.RequestAborted);
            responses.Set(cacheKey, body);
            await GraphQLResponseWriter.WriteStoredAsync(http, mediaType, body);
            return;
        }

        await (batch.IsBatch ? writer.WriteBatchAsync(http, mediaType, results) : writer.WriteResultAsync(http, mediaType, results[0]));
    }

    /// <summary>Mutations over GET (405, not executed) and beyond the mutation rate limit (429).</summary>
    private async Task<bool> RefuseAsync(HttpContext http, string mediaType, List<ParsedRequest> parsed, bool isGet)
    {
        var types = parsed.Select(p => p.OperationType).ToList();
        if (isGet && types.Any(t => t is not null and not OperationType.Query))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await writer.WriteProblemAsync(http, mediaType, new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Only queries may be sent with GET; send mutations with POST."));
            return true;
        }

        var mutationCount = types.Count(t => t == OperationType.Mutation);
        if (mutationCount > 0)
        {
            using var lease = mutations.Acquire(http, mutationCount);
            if (!lease.IsAcquired)
            {
                await GraphQLRateLimiting.RejectAsync(http, lease);
                return true;
            }
        }

        return false;
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, ParsedRequest parsed)
    {
        if (parsed.Parsed.Error is { } parseError)
        {
            return new ExecutionResult(parseError);
        }

        var request = parsed.Request;
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = parsed.Parsed.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            Timeout = _options.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
    }

    private sealed record ParsedRequest(GraphQLHttpRequest Request, (GraphQLDocument? Document, ExecutionError? Error) Parsed)
    {
        /// <summary>The type of the operation that would run; null when none can be chosen (the executer explains why).</summary>
        public OperationType? OperationType
        {
            get
            {
                var operations = Parsed.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
                var selected = Request.OperationName is { } name
                    ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
                    : operations.Count == 1 ? operations[0] : null;
                return selected?.Operation;
            }
        }
    }
}
