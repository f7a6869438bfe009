using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Primitives;

namespace SozialHub.Api.GraphQL;

/// <summary>The parameters of a GraphQL-over-HTTP request, read from a JSON body or a query string.</summary>
/// <remarks><c>null</c> counts as absent and unknown members are ignored (GraphQL over HTTP); a wrong JSON type is a problem.</remarks>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    private static readonly GraphQLSerializer Serializer = new();

    /// <summary>Reads one request object of a POST body; returns the problem as text when it is not one.</summary>
    public static (GraphQLHttpRequest? Request, string? Problem) FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object.");
        }

        var query = Member(body, "query");
        if (query is not { ValueKind: JsonValueKind.String })
        {
            return (null, query is null ? "The request has no 'query'." : "The request's 'query' must be a string.");
        }

        var operationName = Member(body, "operationName");
        if (operationName is { ValueKind: not JsonValueKind.String })
        {
            return (null, "The request's 'operationName' must be a string or null.");
        }

        return Create(query.Value.GetString()!, operationName?.GetString(), Member(body, "variables"), Member(body, "extensions"));
    }

    /// <summary>Reads a GET query string, where variables and extensions are JSON-encoded.</summary>
    public static (GraphQLHttpRequest? Request, string? Problem) FromQueryString(IQueryCollection query)
    {
        if (query["query"] is not [{ Length: > 0 } text])
        {
            return (null, "The query string must carry one 'query' parameter.");
        }

        if (query["operationName"].Count > 1 || query["variables"].Count > 1 || query["extensions"].Count > 1)
        {
            return (null, "The query string carries a parameter more than once.");
        }

        var operationName = query["operationName"] is [{ Length: > 0 } name] ? name : null;
        try
        {
            return Create(text, operationName, Decode(query["variables"]), Decode(query["extensions"]));
        }
        catch (JsonException)
        {
            return (null, "The query string's 'variables' or 'extensions' are not valid JSON.");
        }
    }

    private static (GraphQLHttpRequest?, string?) Create(string query, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        var (variableInputs, variablesProblem) = ToInputs(variables, "variables");
        var (extensionInputs, extensionsProblem) = ToInputs(extensions, "extensions");
        return (variablesProblem ?? extensionsProblem) is { } problem
            ? (null, problem)
            : (new GraphQLHttpRequest(query, operationName, variableInputs, extensionInputs), null);
    }

    private static (Inputs?, string?) ToInputs(JsonElement? element, string name)
    {
        if (element is not { } value)
        {
            return (null, null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return (null, $"The request's '{name}' must be an object or null.");
        }

        try
        {
            return (Serializer.ReadNode<Inputs>(value), null);
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"The request's '{name}' contain a value that cannot be read (e.g. a number out of range).");
        }
    }

    private static JsonElement? Member(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement? Decode(StringValues values)
    {
        if (values is not [{ Length: > 0 } text])
        {
            return null;
        }

        // Deserializing to a JsonElement gives one that owns its memory (no JsonDocument to dispose).
        var element = JsonSerializer.Deserialize<JsonElement>(text);
        return element.ValueKind == JsonValueKind.Null ? null : element;
    }
}
