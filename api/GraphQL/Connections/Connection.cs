namespace SozialHub.Api.GraphQL.Connections;

/// <summary>One page of a list (a Relay connection); the total is counted only when a client asks for it.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
