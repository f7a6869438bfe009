using System.ComponentModel;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Indicators;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Contributions;

public sealed class ContributionType : EntityGraphType<Contribution>
{
    public ContributionType()
        : base("A Beitrag: a comment (Kommentar) or local knowledge (Ortswissen). Public lists hold published ones; hidden and deleted ones keep their place without their text.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ContributionKind>>>("kind").Description("Comment or local knowledge.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<ContributionState>>>("state").Description("Published, hidden, deleted, or waiting for approval.")
            .Resolve(c => StateOf(c.Source));
        Field<NonNullGraphType<StringGraphType>>("authorName")
            .Description("Who is shown as author: the organisation's name when written as one, else the person's display name (never an e-mail address); „gelöschtes Konto“ once the account is deleted.")
            .Resolve(context => (object?)context.LoadById<Organization>(context.Source.OrganizationId)?.Then(o => o?.Name ?? context.Source.AuthorName)
                ?? context.Source.AuthorName);
        Field<OrganizationType>("organization").Description("The organisation the author wrote as, if any.")
            .Resolve(context => context.LoadById<Organization>(context.Source.OrganizationId));
        // The public sees the organisation; planners also see who wrote for it. Null for everyone else keeps the
        // anonymous answer cache right.
        Field<StringGraphType>("writtenBy").Description("Planners only (null for everyone else): the display name of the person who wrote it, also when written as an organisation.")
            .Resolve(c => c.OrganizationAccess().IsPlanner(c.User) ? c.Source.AuthorName : null);
        Field<StringGraphType>("title").Description("Title (local knowledge); null when hidden or deleted.")
            .Resolve(c => HasContent(c.Source) ? c.Source.Title : null);
        Field<StringGraphType>("text").Description("The text as written (Markdown); null when hidden or deleted.")
            .Resolve(c => HasContent(c.Source) ? c.Source.Text : null);
        Field<StringGraphType>("html").Description("The text rendered to sanitised HTML, safe to embed; null when hidden or deleted.")
            .Resolve(c => HasContent(c.Source) ? c.Source.Html : null);
        Field<EnumerationGraphType<LocalKnowledgeCategory>>("category").Description("Category (local knowledge).").Resolve(c => c.Source.Category);
        Field(c => c.Latitude, nullable: true).Description("Latitude (WGS84) of the point, when placed on the map.");
        Field(c => c.Longitude, nullable: true).Description("Longitude (WGS84) of the point, when placed on the map.");
        Field<StringGraphType>("hiddenReason").Description("Why it is hidden (public; shown as „ausgeblendet: …“).")
            .Resolve(c => c.Source.Status == ContributionStatus.Hidden ? c.Source.HiddenReason : null);
        Field(c => c.CreatedAt).Description("When it was written (UTC).");
        Field<NonNullGraphType<BooleanGraphType>>("isEdited").Description("Changed by its author after posting („bearbeitet“).")
            .Resolve(c => c.Source.EditedAt is not null);
        Field(c => c.EditedAt, nullable: true).Description("When its author last changed it (UTC).");
        Field(c => c.UpdatedAt).Description("Time of the last change (UTC).");
        Field(c => c.Depth).Description("0 for a contribution, 1 to 3 for replies.");
        // The portal offers edit and delete only on one's own; anonymous callers always get false, so the
        // anonymous answer cache stays correct.
        Field<NonNullGraphType<BooleanGraphType>>("viewerIsAuthor").Description("The signed-in caller wrote it (false for anonymous callers).")
            .Resolve(c => c.Source.AuthorSubject is { Length: > 0 } author && author == Participant.Of(c.User).Subject);
        Field<NonNullGraphType<IntGraphType>>("supportCount").Description("How many people support it (Zustimmung).")
            .Resolve(context => context.Loaders()
                .Get<int, int>("supportCount", (ids, ct) => ContributionLists.SupportCountsAsync(context.Db(), ids, ct))
                .Load(context.Source.Id)
                .Then(count => count));
        Field<ContributionType>("parent").Description("The contribution this one answers.")
            .Resolve(context => context.LoadById<Contribution>(context.Source.ParentId)?.Then(p => p is { IsPublic: true } ? p : null));
        // Threads are narrow: a reply list weighs 5 in the cost limit, not a page of 50, so that a portal can ask for
        // all three levels of replies under a page of contributions.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionType>>>>("replies").Description("Its public replies, oldest first.")
            .WithComplexityImpact(1, 5)
            .Resolve(context => context.LoadChildren("repliesByParent", context.Source.Id,
                ids => ContributionLists.Public(context.Db()).Where(c => c.ParentId != null && ids.Contains(c.ParentId.Value))
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
                c => c.ParentId!.Value));
        Field<ActionFieldType>("actionField").Description("The action field it is about, if any.")
            .Resolve(context => context.LoadById<ActionField>(context.Source.ActionFieldId));
        Field<SocialSpaceType>("socialSpace").Description("The social space it is about or lies in, if any.")
            .Resolve(context => context.LoadById<SocialSpace>(context.Source.SocialSpaceId));
        Field<ContributionContextType>("context").Description("What the author was looking at while writing, if the portal knew.")
            .Resolve(c => c.Source is { ContextSocialSpaceId: null, ContextIndicatorId: null, ContextYear: null } ? null : c.Source);
        Field<ContributionModerationType>("moderation").Description("Planners only: text, flags, moderation log and earlier versions.")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .Resolve(c => c.Source);
    }

    /// <summary>Waiting contributions are not public: <c>node(id:)</c> answers null for them.</summary>
    public override IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, int id) =>
        context.LoadById<Contribution>(id).Then(c => c is { IsPublic: true } ? (object?)c : null);

    public static ContributionState StateOf(Contribution c) => c switch
    {
        { DeletedAt: not null } => ContributionState.Deleted,
        { Status: ContributionStatus.Hidden } => ContributionState.Hidden,
        { Status: ContributionStatus.Pending } => ContributionState.Pending,
        _ => ContributionState.Published,
    };

    private static bool HasContent(Contribution c) => StateOf(c) is ContributionState.Published or ContributionState.Pending;
}

[Description("Where a contribution stands.")]
public enum ContributionState
{
    [Description("Waits for a planner's approval; seen only by its author (in the payload) and planners.")]
    Pending,

    [Description("Public.")]
    Published,

    [Description("Hidden by a planner or by flags: shown as „ausgeblendet“ with its reason, without text.")]
    Hidden,

    [Description("Deleted by its author: shown as „gelöscht“; its replies stay.")]
    Deleted,
}

public sealed class ContributionContextType : ObjectGraphType<Contribution>
{
    public ContributionContextType()
    {
        Name = "ContributionContext";
        Description = "What the author was looking at while writing, e.g. SGB-II-Quote 2024 in Roden-Nord.";
        Field<SocialSpaceType>("socialSpace").Description("The social space on screen.")
            .Resolve(context => context.LoadById<SocialSpace>(context.Source.ContextSocialSpaceId));
        Field<IndicatorType>("indicator").Description("The indicator on screen.")
            .Resolve(context => context.LoadById<Indicator>(context.Source.ContextIndicatorId));
        Field("year", c => c.ContextYear, nullable: true).Description("The data year on screen.");
    }
}
