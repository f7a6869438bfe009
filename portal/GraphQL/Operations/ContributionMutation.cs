namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of every contribution mutation: each operation aliases its field to <c>payload</c>.</summary>
public sealed record ContributionMutationData(ContributionPayload Payload)
{
    public static readonly GraphQLOperation<ContributionMutationData> PostComment = new("PostComment");
    public static readonly GraphQLOperation<ContributionMutationData> PostLocalKnowledge = new("PostLocalKnowledge");
    public static readonly GraphQLOperation<ContributionMutationData> Edit = new("EditContribution");
    public static readonly GraphQLOperation<ContributionMutationData> Delete = new("DeleteContribution");
    public static readonly GraphQLOperation<ContributionMutationData> Support = new("SupportContribution");
    public static readonly GraphQLOperation<ContributionMutationData> Flag = new("FlagContribution");
    public static readonly GraphQLOperation<ContributionMutationData> Approve = new("ApproveContribution");
    public static readonly GraphQLOperation<ContributionMutationData> Hide = new("HideContribution");
    public static readonly GraphQLOperation<ContributionMutationData> Restore = new("RestoreContribution");
}

public sealed record ContributionPayload(ContributionRef? Contribution, IReadOnlyList<UserError> Errors);

public sealed record ContributionRef(string Id, ContributionState State);

/// <summary>What is wrong with a mutation's input: the field (e.g. <c>text</c>) and a German message.</summary>
public sealed record UserError(string? Field, string Code, string Message);
