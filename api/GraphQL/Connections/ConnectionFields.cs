using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL.Filtering;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.GraphQL.Connections;

public static class ConnectionFields
{
    /// <summary>
    /// A top-level list as a Relay connection with <c>where</c>, <c>order</c>, <c>updatedSince</c> and cursor paging,
    /// all derived from the node type's declared <see cref="IHasListFields.ListFields"/>.
    /// </summary>
    /// <param name="source">The records the list starts from (e.g. a DbSet, or a query that honours other arguments).</param>
    public static FieldBuilder<object?, Connection> Connection<TNodeType, TEntity>(
        this ObjectGraphType graph, string name, string description, Func<IResolveFieldContext, IQueryable<TEntity>> source)
        where TNodeType : EntityGraphType<TEntity>, IHasListFields
        where TEntity : class, IRecord
    {
        var typeName = GraphTypeName.Of<TNodeType>();
        var fields = (ListFields<TEntity>)TNodeType.ListFields;
        return graph.Field<ConnectionType<TNodeType>, Connection>(name)
            .Description(description)
            .Argument<FilterInputType<TNodeType>>("where", "Only records that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<SortInputType<TNodeType>>>>("order", "Sort terms in order of precedence; the id breaks remaining ties.")
            .Argument<DateTimeGraphType>("updatedSince", "Only records changed at or after this time: pull deltas by passing the latest `updatedAt` seen.")
            .Argument<IntGraphType>("first", "Page size from the start or from `after` (default 50, at most 500 unless configured otherwise).")
            .Argument<StringGraphType>("after", "Cursor: the page starts after this record.")
            .Argument<IntGraphType>("last", "Page size from the end or from `before` (at most 500 unless configured otherwise).")
            .Argument<StringGraphType>("before", "Cursor: the page ends before this record.")
            .ResolveAsync(async context =>
            {
                var query = source(context).AsNoTracking()
                    .UpdatedSince(context.GetArgument<DateTime?>("updatedSince"))
                    .Filter(fields, typeName, RawArgument(context, "where"))
                    .Order(fields, RawArgument(context, "order"));
                return await query.ToConnectionAsync(PageRequest.From(context), PageSizes.For(context.RequestServices), context.CancellationToken);
            });
    }

    // Input objects arrive as dictionaries; GetArgument would try to convert them.
    private static object? RawArgument(IResolveFieldContext context, string name) =>
        context.Arguments?.TryGetValue(name, out var argument) == true ? argument.Value : null;
}
