namespace SozialHub.Portal.GraphQL;

/// <summary>The API could not be reached, timed out or failed on its side; pages answer 503 (see Errors/ErrorPages.cs).</summary>
public sealed class ApiUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The API executed (or refused) an operation with GraphQL errors: a bug in the portal or schema drift.</summary>
public sealed class GraphQLException(string operation, IReadOnlyList<string> messages, Exception? inner = null)
    : Exception($"GraphQL {operation} failed: {string.Join(" | ", messages)}", inner)
{
    public string Operation { get; } = operation;

    public IReadOnlyList<string> Messages { get; } = messages;
}
