namespace SozialHub.Portal.GraphQL.Operations;

/// <summary>The data of every organisation-team mutation: each operation aliases its field to <c>payload</c>.</summary>
public sealed record TeamMutationData(TeamPayload Payload)
{
    public static readonly GraphQLOperation<TeamMutationData> RequestOrganization = new("RequestOrganization");
    public static readonly GraphQLOperation<TeamMutationData> RequestMembership = new("RequestMembership");
    public static readonly GraphQLOperation<TeamMutationData> LeaveOrganization = new("LeaveOrganization");
    public static readonly GraphQLOperation<TeamMutationData> VerifyOrganization = new("VerifyOrganization");
    public static readonly GraphQLOperation<TeamMutationData> InviteMember = new("InviteMember");
    public static readonly GraphQLOperation<TeamMutationData> AcceptInvitation = new("AcceptInvitation");
    public static readonly GraphQLOperation<TeamMutationData> RevokeInvitation = new("RevokeInvitation");
    public static readonly GraphQLOperation<TeamMutationData> RemoveMember = new("RemoveMember");
    public static readonly GraphQLOperation<TeamMutationData> HandOverOwnership = new("HandOverOwnership");
    public static readonly GraphQLOperation<TeamMutationData> ChangeMemberRole = new("ChangeMemberRole");
    public static readonly GraphQLOperation<TeamMutationData> ApproveMembershipRequest = new("ApproveMembershipRequest");
    public static readonly GraphQLOperation<TeamMutationData> DeclineMembershipRequest = new("DeclineMembershipRequest");
}

/// <summary>Why nothing changed (empty on success); <c>inviteMember</c> also answers the invitation's token.</summary>
public sealed record TeamPayload(IReadOnlyList<UserError> Errors, string? Token = null);
