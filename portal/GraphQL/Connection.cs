namespace SozialHub.Portal.GraphQL;

/// <summary>The API's lists are Relay connections; operations that read one page select its <c>nodes</c>.</summary>
public sealed record Connection<TNode>(IReadOnlyList<TNode> Nodes);
