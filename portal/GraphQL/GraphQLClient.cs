using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SozialHub.Portal.GraphQL;

/// <summary>
/// Sends the portal's operations to the API's GraphQL endpoint (GraphQL over HTTP, POST with JSON) and
/// reads <c>data</c> into typed records. GraphQL client packages are not in the registry, so this is ours.
/// </summary>
public sealed class GraphQLClient(HttpClient http, ILogger<GraphQLClient> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly MediaTypeWithQualityHeaderValue[] Accept =
        [new("application/graphql-response+json"), new("application/json")];

    /// <summary>Runs a query and returns its data.</summary>
    /// <exception cref="ApiUnavailableException">The API could not be reached or failed on its side.</exception>
    /// <exception cref="GraphQLException">The API answered with GraphQL errors.</exception>
    public async Task<TData> QueryAsync<TData>(GraphQLOperation<TData> operation, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new Request(operation.Document, operation.Name, variables), options: Json),
        };
        foreach (var mediaType in Accept)
        {
            request.Headers.Accept.Add(mediaType);
        }

        using var response = await SendAsync(request, operation.Name, cancellationToken);
        Response<TData>? body;
        try
        {
            body = await response.Content.ReadFromJsonAsync<Response<TData>>(Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new GraphQLException(operation.Name, [$"The API answered {(int)response.StatusCode} with a body that is not a GraphQL response."], e);
        }

        if (body?.Errors is { Count: > 0 } errors)
        {
            throw new GraphQLException(operation.Name, [.. errors.Select(e => e.Message)]);
        }

        return body is { Data: { } data } && response.IsSuccessStatusCode
            ? data
            : throw new GraphQLException(operation.Name, [$"The API answered {(int)response.StatusCode} without data."]);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw Unavailable(operation, e.Message, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(operation, $"no answer within {http.Timeout.TotalSeconds:0} s", e);
        }

        // 5xx and "too many requests" are the API's trouble, not the operation's: the page says "try again later".
        if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            response.Dispose();
            throw Unavailable(operation, $"status {(int)response.StatusCode}", null);
        }

        return response;
    }

    private ApiUnavailableException Unavailable(string operation, string reason, Exception? inner)
    {
        logger.LogWarning("GraphQL {Operation} failed: the API at {BaseAddress} is unavailable ({Reason}).", operation, http.BaseAddress, reason);
        return new ApiUnavailableException($"The API at {http.BaseAddress} is unavailable ({reason}).", inner);
    }

    private sealed record Request(string Query, string OperationName, object? Variables);

    private sealed record Response<TData>(TData? Data, IReadOnlyList<Error>? Errors);

    private sealed record Error(string Message);
}
