using GraphQL.Types;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.GraphQL.Connections;

/// <summary>A Relay connection of one node type, e.g. <c>SocialSpaceConnection</c>.</summary>
public sealed class ConnectionType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = GraphTypeName.Of<TNodeType>();
        Name = node + "Connection";
        Description = $"A page of {node} records (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>>("edges")
            .Description("The records of this page, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The records of this page, without cursors.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many records match the filter in all pages (counted only when asked for).")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }
}

public sealed class EdgeType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        var node = GraphTypeName.Of<TNodeType>();
        Name = node + "Edge";
        Description = $"One {node} record and its cursor.";
        Field(e => e.Cursor).Description("Pass as `after` or `before` to page from here.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The record.").Resolve(context => context.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Whether there are more pages, and the cursors to get them.";
        Field(p => p.HasNextPage).Description("More records follow this page.");
        Field(p => p.HasPreviousPage).Description("Records precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first record of the page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last record of the page.");
    }
}
