using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Contributions;

/// <summary>What planners see of a contribution beyond the public: its text even when hidden, flags, log, versions.</summary>
public sealed class ContributionModerationType : ObjectGraphType<Contribution>
{
    public ContributionModerationType()
    {
        Name = "ContributionModeration";
        Description = "A contribution as moderation sees it (planners only).";
        this.AuthorizeWithPolicy(HubPolicies.Planner);
        Field(c => c.Title, nullable: true).Description("The title, also when hidden (empty once deleted).");
        Field(c => c.Text).Description("The text, also when hidden (empty once deleted).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionFlagType>>>>("flags").Description("Its flags, oldest first.")
            .Resolve(context => context.LoadChildren("flagsByContribution", context.Source.Id,
                ids => context.Db().ContributionFlags.Where(f => ids.Contains(f.ContributionId)).OrderBy(f => f.Id), f => f.ContributionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModerationActionType>>>>("actions").Description("Its moderation log, oldest first.")
            .Resolve(context => context.LoadChildren("actionsByContribution", context.Source.Id,
                ids => context.Db().ModerationActions.Where(a => ids.Contains(a.ContributionId)).OrderBy(a => a.Id), a => a.ContributionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionRevisionType>>>>("revisions").Description("Earlier versions, oldest first.")
            .Resolve(context => ContributionLists.RevisionsOf(context, context.Source.Id));
    }
}

public sealed class ContributionFlagType : ObjectGraphType<ContributionFlag>
{
    public ContributionFlagType()
    {
        Name = "ContributionFlag";
        Description = "A report (Meldung) of a contribution by a signed-in person.";
        Field(f => f.Reason).Description("Why the person reported it.");
        Field(f => f.CreatedAt).Description("When (UTC).");
        Field<NonNullGraphType<BooleanGraphType>>("isSettled").Description("A planner decided since: it no longer counts towards hiding.")
            .Resolve(c => c.Source.SettledAt is not null);
    }
}

public sealed class ContributionRevisionType : ObjectGraphType<ContributionRevision>
{
    public ContributionRevisionType()
    {
        Name = "ContributionRevision";
        Description = "An earlier version of an edited contribution.";
        Field(r => r.Title, nullable: true).Description("The title then (local knowledge).");
        Field(r => r.Text).Description("The text then (Markdown).");
        Field(r => r.ReplacedAt).Description("When the author replaced it (UTC).");
    }
}

public sealed class ModerationActionType : EntityGraphType<ModerationAction>
{
    public ModerationActionType()
        : base("One entry of the moderation log (planners only).")
    {
        this.AuthorizeWithPolicy(HubPolicies.Planner);
        Field<NonNullGraphType<EnumerationGraphType<ModerationKind>>>("kind").Description("What was done.").Resolve(c => c.Source.Kind);
        Field(a => a.ModeratorName).Description("Who did it („automatisch“ when flags hid it).");
        Field(a => a.Reason, nullable: true).Description("The public reason (hide).");
        Field(a => a.At).Description("When (UTC).");
        Field<NonNullGraphType<ContributionType>>("contribution").Description("The contribution.")
            .Resolve(context => context.LoadById<Contribution>(context.Source.ContributionId));
    }
}
