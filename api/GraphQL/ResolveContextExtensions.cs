using GraphQL;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;

namespace SozialHub.Api.GraphQL;

public static class ResolveContextExtensions
{
    public static ApiDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ApiDbContext>();

    public static DataLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DataLoaders>();

    /// <summary>Loads rows for a batch of parent ids and groups them by parent: one query for a whole list.</summary>
    public static async Task<IDictionary<int, T[]>> GroupByParentAsync<T>(
        this IQueryable<T> query, Func<T, int> parentOf, IEnumerable<int> parents, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        var groups = rows.GroupBy(parentOf).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var parent in parents)
        {
            groups.TryAdd(parent, []);
        }

        return groups;
    }
}
