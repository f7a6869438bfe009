using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;

namespace SozialHub.Api.GraphQL;

/// <summary>The parameters of a GraphQL-over-HTTP request, read from a JSON body or a query string.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    /// <summary>Reads a POST body; returns the problem as text when the body is not a request object.</summary>
    public static (GraphQLHttpRequest? Request, string? Problem) FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object.");
        }

        var query = Member(body, "query");
        if (query is not { ValueKind: JsonValueKind.String })
        {
            return (null, "The request's 'query' must be a string.");
        }

        var operationName = Member(body, "operationName");
        if (operationName is { ValueKind: not JsonValueKind.String })
        {
            return (null, "The request's 'operationName' must be a string or null.");
        }

        return ReadMaps(query.Value.GetString()!, operationName?.GetString(), Member(body, "variables"), Member(body, "extensions"));
    }

    /// <summary>Reads a GET query string, where variables and extensions are JSON-encoded.</summary>
    public static (GraphQLHttpRequest? Request, string? Problem) FromQueryString(IQueryCollection query)
    {
        if (query["query"] is not [{ Length: > 0 } text])
        {
            return (null, "The query string must carry one 'query' parameter.");
        }

        var operationName = query["operationName"] is [{ Length: > 0 } name] ? name : null;
        try
        {
            return ReadMaps(text, operationName, Decode(query["variables"]), Decode(query["extensions"]));
        }
        catch (JsonException)
        {
            return (null, "The query string's 'variables' or 'extensions' are not valid JSON.");
        }
    }

    private static (GraphQLHttpRequest?, string?) ReadMaps(string query, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (variables is { ValueKind: not JsonValueKind.Object })
        {
            return (null, "The request's 'variables' must be an object or null.");
        }

        if (extensions is { ValueKind: not JsonValueKind.Object })
        {
            return (null, "The request's 'extensions' must be an object or null.");
        }

        return (new GraphQLHttpRequest(query, operationName, ToInputs(variables), ToInputs(extensions)), null);
    }

    // null counts as absent (GraphQL over HTTP).
    private static JsonElement? Member(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement? Decode(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values is not [{ Length: > 0 } text])
        {
            return null;
        }

        var element = JsonDocument.Parse(text).RootElement;
        return element.ValueKind == JsonValueKind.Null ? null : element;
    }

    private static Inputs? ToInputs(JsonElement? element) =>
        element is { } value ? new GraphQLSerializer().ReadNode<Inputs>(value) : null;
}
