using System.ComponentModel;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Connections;

namespace SozialHub.Api.Contributions;

[Description("Which contributions the moderation queue shows.")]
public enum ModerationQueueState
{
    [Description("Waiting for approval.")]
    Pending,

    [Description("Published with flags no planner has decided on.")]
    Flagged,

    [Description("Hidden by a planner or by flags.")]
    Hidden,
}

internal sealed class ContributionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Paged("contributions", "Public contributions, top-level unless `includeReplies`; filter by target, kind and category.", context =>
            {
                var list = ContributionLists.Public(context.Db());
                if (context.GetArgument<string?>("actionField") is { } actionField)
                {
                    list = list.Where(c => c.ActionField!.Key == actionField);
                }

                if (context.GetArgument<string?>("socialSpace") is { } socialSpace)
                {
                    list = list.Where(c => c.SocialSpace!.Key == socialSpace);
                }

                if (context.GetArgument<ContributionKind?>("kind") is { } kind)
                {
                    list = list.Where(c => c.Kind == kind);
                }

                if (context.GetArgument<LocalKnowledgeCategory?>("category") is { } category)
                {
                    list = list.Where(c => c.Category == category);
                }

                return (context.GetArgument<bool>("includeReplies") ? list : list.Where(c => c.ParentId == null))
                    .Sorted(context.GetArgument<ContributionSort>("sort"));
            })
            .Argument<StringGraphType>("actionField", "Only about this action field (key).")
            .Argument<StringGraphType>("socialSpace", "Only about or in this social space (key).")
            .Argument<EnumerationGraphType<ContributionKind>>("kind", "Only comments or only local knowledge.")
            .Argument<EnumerationGraphType<LocalKnowledgeCategory>>("category", "Only local knowledge of this category.")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeReplies", "Replies too (default: only top-level contributions).", a => a.DefaultValue = false)
            .Argument<NonNullGraphType<EnumerationGraphType<ContributionSort>>>("sort", "Newest (default) or most supported first.", a => a.DefaultValue = ContributionSort.Newest);

        query.Paged("moderationQueue", "Planners only: contributions waiting for approval, flagged or hidden, oldest first.", context =>
            {
                var all = context.Db().Contributions.AsNoTracking();
                var flagged = all.Where(c => c.Status == ContributionStatus.Published && c.Flags.Any(f => f.SettledAt == null));
                var list = context.GetArgument<ModerationQueueState?>("state") switch
                {
                    ModerationQueueState.Pending => all.Where(c => c.Status == ContributionStatus.Pending),
                    ModerationQueueState.Hidden => all.Where(c => c.Status == ContributionStatus.Hidden),
                    ModerationQueueState.Flagged => flagged,
                    _ => all.Where(c => c.Status != ContributionStatus.Published || c.Flags.Any(f => f.SettledAt == null)),
                };
                return list.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);
            })
            .Argument<EnumerationGraphType<ModerationQueueState>>("state", "Only this part of the queue (default: all three).")
            .AuthorizeWithPolicy(HubPolicies.Planner);

        query.Field<ConnectionType<ModerationActionType>, Connection>("moderationLog")
            .Description("Planners only: every moderation action, newest first.")
            .PagingArguments()
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context => await context.Db().ModerationActions.AsNoTracking().OrderByDescending(a => a.Id)
                .ToConnectionAsync(PageRequest.From(context), PageSizes.For(context.RequestServices), context.CancellationToken));

        query.Field<NonNullGraphType<AccountParticipationType>>("accountParticipation")
            .Description("For identity's data export: everything a person (by `sub`) contributed, supported and flagged. Machine client with the account-data grant only.")
            .Argument<NonNullGraphType<StringGraphType>>("subject", "The person's `sub`.")
            .AuthorizeWithPolicy(HubPolicies.AccountData)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<AccountContributions>()
                .ExportAsync(context.GetArgument<string>("subject"), context.CancellationToken));
    }
}

internal static class PagedContributions
{
    public static FieldBuilder<object?, Connection> Paged(
        this ObjectGraphType query, string name, string description, Func<IResolveFieldContext, IQueryable<Contribution>> list) =>
        query.Field<ConnectionType<ContributionType>, Connection>(name)
            .Description(description)
            .PagingArguments()
            .ResolveAsync(async context => await list(context)
                .ToConnectionAsync(PageRequest.From(context), PageSizes.For(context.RequestServices), context.CancellationToken));

    public static FieldBuilder<object?, Connection> PagingArguments(this FieldBuilder<object?, Connection> field) => field
        .Argument<IntGraphType>("first", "Page size from the start or from `after` (default 50, at most 500 unless configured otherwise).")
        .Argument<StringGraphType>("after", "Cursor: the page starts after this record.")
        .Argument<IntGraphType>("last", "Page size from the end or from `before`.")
        .Argument<StringGraphType>("before", "Cursor: the page ends before this record.");
}
