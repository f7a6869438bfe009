using System.Collections;
using System.Linq.Expressions;
using SozialHub.Api.Database;

namespace SozialHub.Api.GraphQL.Filtering;

/// <summary>Turns a list's <c>order</c> into OrderBy/ThenBy calls over the declared fields, always ending with the id.</summary>
public static class ListOrder
{
    /// <param name="order">The parsed <c>order</c> argument (a list of input objects), or null for the declared default.</param>
    public static IOrderedQueryable<TEntity> Order<TEntity>(this IQueryable<TEntity> query, ListFields<TEntity> fields, object? order)
        where TEntity : class, IRecord
    {
        var terms = order is IEnumerable items
            ? items.OfType<IDictionary<string, object?>>()
                .SelectMany(term => term.Where(t => t.Value is SortDirection).Select(t => (Field: t.Key, Descending: (SortDirection)t.Value! == SortDirection.Desc)))
                .ToList()
            : [];
        if (terms.Count == 0)
        {
            terms = [.. fields.DefaultOrder];
        }

        var ordered = query.Expression;
        var first = true;
        foreach (var (name, descending) in terms)
        {
            var path = fields.Find(name) is { Sortable: true } field ? field.Path : throw UserInput.Error($"'{name}' is not sortable.");
            ordered = OrderCall(ordered, typeof(TEntity), path, descending, first);
            first = false;
        }

        // The id last: equal sort keys would otherwise come back in any order and pages would overlap.
        ordered = OrderCall(ordered, typeof(TEntity), ListFields<TEntity>.IdPath, false, first);
        return (IOrderedQueryable<TEntity>)query.Provider.CreateQuery<TEntity>(ordered);
    }

    private static MethodCallExpression OrderCall(Expression source, Type entity, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Expression.Call(typeof(Queryable), method, [entity, key.ReturnType], source, Expression.Quote(key));
    }
}
