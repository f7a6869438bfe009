using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;

namespace SozialHub.Api.GraphQL;

/// <summary>The batch loads resolvers use, so that a list costs one query per relation, not one per row.</summary>
public static class LoaderExtensions
{
    /// <summary>One record by id; all ids asked for on the same level are loaded with one query.</summary>
    public static IDataLoaderResult<TEntity?> LoadById<TEntity>(this IResolveFieldContext context, int id)
        where TEntity : class, IRecord =>
        context.Loaders()
            .Get<int, TEntity>($"{typeof(TEntity).Name}.byId", async (ids, ct) => await context.Db().Set<TEntity>().AsNoTracking()
                .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct))
            .Load(id);

    /// <summary>Like <see cref="LoadById{TEntity}(IResolveFieldContext, int)"/>, for an optional reference.</summary>
    public static IDataLoaderResult<TEntity?>? LoadById<TEntity>(this IResolveFieldContext context, int? id)
        where TEntity : class, IRecord =>
        id is { } value ? context.LoadById<TEntity>(value) : null;

    /// <summary>The rows that point to a parent (one-to-many), for all parents on the level in one query.</summary>
    /// <param name="name">Names the loader; include every argument that changes the query.</param>
    public static IDataLoaderResult<TChild[]> LoadChildren<TChild>(
        this IResolveFieldContext context, string name, int parentId,
        Func<IReadOnlyCollection<int>, IQueryable<TChild>> query, Func<TChild, int> parentOf)
        where TChild : class =>
        context.Loaders()
            .Get<int, TChild[]>(name, (ids, ct) => query(ids).GroupByParentAsync(parentOf, ids, ct))
            .Load(parentId)
            .Then(children => children ?? []);

    /// <summary>The records behind a many-to-many navigation, for all parents on the level in one query.</summary>
    public static IDataLoaderResult<TChild[]> LoadRelated<TParent, TChild, TKey>(
        this IResolveFieldContext context, int parentId, Expression<Func<TParent, IEnumerable<TChild>>> navigation, Func<TChild, TKey> orderBy)
        where TParent : class, IRecord
        where TChild : class =>
        context.Loaders()
            .Get<int, TChild[]>($"{typeof(TParent).Name}.{navigation.Body}", async (ids, ct) =>
            {
                var pairs = await context.Db().Set<TParent>().AsNoTracking()
                    .Where(p => ids.Contains(p.Id))
                    .SelectMany(navigation, WithParentId<TParent, TChild>())
                    .ToListAsync(ct);
                var groups = pairs.GroupBy(p => p.ParentId).ToDictionary(g => g.Key, g => g.Select(p => p.Child).OrderBy(orderBy).ToArray());
                return ids.ToDictionary(id => id, id => groups.GetValueOrDefault(id, []));
            })
            .Load(parentId)
            .Then(children => children ?? []);

    // (p, c) => new Related<TChild> { ParentId = p.Id, Child = c }: with the navigation as SelectMany's collection
    // selector, EF joins through the join table; a projection inside it would need CROSS APPLY, which MariaDB lacks.
    private static Expression<Func<TParent, TChild, Related<TChild>>> WithParentId<TParent, TChild>()
        where TParent : IRecord
    {
        var parent = Expression.Parameter(typeof(TParent), "p");
        var child = Expression.Parameter(typeof(TChild), "c");
        var pair = Expression.MemberInit(
            Expression.New(typeof(Related<TChild>)),
            Expression.Bind(typeof(Related<TChild>).GetProperty(nameof(Related<TChild>.ParentId))!, Expression.Property(parent, nameof(IRecord.Id))),
            Expression.Bind(typeof(Related<TChild>).GetProperty(nameof(Related<TChild>.Child))!, child));
        return Expression.Lambda<Func<TParent, TChild, Related<TChild>>>(pair, parent, child);
    }

    private sealed class Related<TChild>
    {
        public int ParentId { get; init; }

        public TChild Child { get; init; } = default!;
    }
}
