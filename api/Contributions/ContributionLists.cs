using System.ComponentModel;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

[Description("How a list of contributions is sorted.")]
public enum ContributionSort
{
    [Description("Newest first.")]
    Newest,

    [Description("Most support (Zustimmung) first, then newest.")]
    MostSupported,
}

/// <summary>The public lists of contributions and their batch loads.</summary>
public static class ContributionLists
{
    /// <summary>What the public sees: everything except contributions waiting for approval.</summary>
    public static IQueryable<Contribution> Public(ApiDbContext db) =>
        db.Contributions.AsNoTracking().Where(c => c.Status != ContributionStatus.Pending);

    public static IQueryable<Contribution> Sorted(this IQueryable<Contribution> query, ContributionSort sort) => sort == ContributionSort.MostSupported
        ? query.OrderByDescending(c => c.Supports.Count).ThenByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
        : query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);

    public static async Task<IDictionary<int, int>> SupportCountsAsync(ApiDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await db.ContributionSupports.Where(s => ids.Contains(s.ContributionId))
            .GroupBy(s => s.ContributionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Earlier versions of a contribution, oldest first, for all contributions on the level in one query.</summary>
    public static IDataLoaderResult<ContributionRevision[]> RevisionsOf(IResolveFieldContext context, int contributionId) =>
        context.LoadChildren("revisionsByContribution", contributionId,
            ids => context.Db().ContributionRevisions.Where(r => ids.Contains(r.ContributionId)).OrderBy(r => r.Id), r => r.ContributionId);

    /// <summary>
    /// A parent's top-level public contributions (replies come through <c>replies</c>), for all parents on the level
    /// in one query: <c>ActionField.contributions</c>, <c>SocialSpace.contributions</c>, <c>SocialSpace.localKnowledge</c>.
    /// </summary>
    public static FieldBuilder<TSource, object> TopLevelField<TSource>(
        this ObjectGraphType<TSource> type, string name, string description, ContributionKind kind,
        Func<IQueryable<Contribution>, IReadOnlyCollection<int>, IQueryable<Contribution>> ofParents, Func<Contribution, int> parentOf, Func<TSource, int> idOf) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionType>>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<EnumerationGraphType<ContributionSort>>>("sort", "Newest (default) or most supported first.", a => a.DefaultValue = ContributionSort.Newest)
            .Resolve(context =>
            {
                var sort = context.GetArgument<ContributionSort>("sort");
                return context.LoadChildren($"{type.Name}.{name}:{sort}", idOf(context.Source),
                    ids => ofParents(Public(context.Db()).Where(c => c.Kind == kind && c.ParentId == null), ids).Sorted(sort),
                    parentOf);
            });
}
