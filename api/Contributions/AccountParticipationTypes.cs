using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations;

namespace SozialHub.Api.Contributions;

/// <summary>A person's participation data for their export (GDPR Art. 15 and 20), as the identity server asks for it.</summary>
public sealed class AccountParticipationType : ObjectGraphType<AccountParticipation>
{
    public AccountParticipationType()
    {
        Name = "AccountParticipation";
        Description = "Everything the hub keeps about one person's participation (for their data export).";
        this.AuthorizeWithPolicy(HubPolicies.AccountData);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExportedContributionType>>>>("contributions").Description("Their contributions, oldest first.")
            .Resolve(c => c.Source.Contributions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("supported").Description("The contributions they support (global ids).")
            .Resolve(c => c.Source.Supports.Select(s => GlobalId.Encode(ContributionIds.TypeName, s.ContributionId)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExportedFlagType>>>>("flags").Description("Their flags.")
            .Resolve(c => c.Source.Flags);
    }
}

/// <summary>A contribution with everything its author wrote, also when hidden.</summary>
public sealed class ExportedContributionType : ObjectGraphType<Contribution>
{
    public ExportedContributionType()
    {
        Name = "ExportedContribution";
        Description = "One of a person's contributions in their data export: all they wrote, also when hidden.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(ContributionIds.TypeName, c.Source.Id));
        Field<NonNullGraphType<EnumerationGraphType<ContributionKind>>>("kind").Description("Comment or local knowledge.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<ContributionState>>>("state").Description("Where it stands.").Resolve(c => ContributionType.StateOf(c.Source));
        Field(c => c.AuthorName).Description("The name it was shown with.");
        Field<StringGraphType>("organization").Description("The name of the organisation it was written as.")
            .Resolve(context => context.LoadById<Organization>(context.Source.OrganizationId)?.Then(o => o?.Name));
        Field(c => c.Title, nullable: true).Description("Title (local knowledge).");
        Field(c => c.Text).Description("The text (Markdown).");
        Field(c => c.HiddenReason, nullable: true).Description("Why it was hidden.");
        Field(c => c.CreatedAt).Description("Written (UTC).");
        Field(c => c.EditedAt, nullable: true).Description("Last edited (UTC).");
        Field(c => c.DeletedAt, nullable: true).Description("Deleted (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionRevisionType>>>>("revisions").Description("Earlier versions.")
            .Resolve(context => ContributionLists.RevisionsOf(context, context.Source.Id));
    }
}

public sealed class ExportedFlagType : ObjectGraphType<ContributionFlag>
{
    public ExportedFlagType()
    {
        Name = "ExportedFlag";
        Description = "A flag a person raised, in their data export.";
        Field<NonNullGraphType<IdGraphType>>("contribution").Description("The flagged contribution (global id).")
            .Resolve(c => GlobalId.Encode(ContributionIds.TypeName, c.Source.ContributionId));
        Field(f => f.Reason).Description("The reason they gave.");
        Field(f => f.CreatedAt).Description("When (UTC).");
    }
}
