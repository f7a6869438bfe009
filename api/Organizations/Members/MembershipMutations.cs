using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// Organisations as teams (issue 7). Signed-in people request organisations, ask to join, accept invitations and
/// leave; what they may do to a given organisation is decided by <see cref="OrganizationAccess"/> (members edit,
/// owners manage the team, planners everything). Verification and review are for planners.
/// </summary>
internal sealed class MembershipMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var organization = new Mutations<OrganizationPayloadType, OrganizationEditing>(mutation);
        organization.Add<RequestOrganizationInputType, RequestOrganizationInput, Organization>("requestOrganization",
            "Request a new organisation: it is unverified, the caller its owner. Signed-in people with a confirmed e-mail address.", (s, i, u, ct) => s.RequestAsync(i, u, ct));
        organization.Add<UpdateOrganizationInputType, UpdateOrganizationInput, Organization>("updateOrganization",
            "Change an organisation's description, contacts and address. Its members and planners.", (s, i, u, ct) => s.UpdateAsync(i, u, ct));
        organization.Add<OrganizationIdInputType, OrganizationIdInput, Organization>("verifyOrganization",
            "Planners: mark an organisation as verified (badge).", (s, i, u, ct) => s.VerifyAsync(i, u, ct), HubPolicies.Planner);
        organization.Add<SetOrganizationRequiresReviewInputType, SetOrganizationRequiresReviewInput, Organization>("setOrganizationRequiresReview",
            "Planners: whether the organisation's changes wait for review.", (s, i, u, ct) => s.SetRequiresReviewAsync(i, u, ct), HubPolicies.Planner);

        var requests = new Mutations<MembershipRequestPayloadType, Memberships>(mutation);
        requests.Add<RequestMembershipInputType, RequestMembershipInput, MembershipRequest>("requestMembership",
            "Ask to join an organisation; its owners decide. Signed-in people with a confirmed e-mail address.", (s, i, u, ct) => s.RequestAsync(i, u, ct));
        requests.Add<MembershipRequestIdInputType, MembershipRequestIdInput, MembershipRequest>("approveMembershipRequest",
            "Owners and planners: the person joins as editor.", (s, i, u, ct) => s.ApproveAsync(i, u, ct));
        requests.Add<MembershipRequestIdInputType, MembershipRequestIdInput, MembershipRequest>("declineMembershipRequest",
            "Owners and planners: decline a request.", (s, i, u, ct) => s.DeclineAsync(i, u, ct));

        var members = new Mutations<OrganizationMemberPayloadType, Memberships>(mutation);
        members.Add<MemberIdInputType, MemberIdInput, OrganizationMember>("removeMember",
            "Owners and planners: remove a member; the last owner stays.", (s, i, u, ct) => s.RemoveAsync(i, u, ct));
        members.Add<ChangeMemberRoleInputType, ChangeMemberRoleInput, OrganizationMember>("changeMemberRole",
            "Owners and planners: make a member owner or editor; the last owner stays owner.", (s, i, u, ct) => s.ChangeRoleAsync(i, u, ct));
        members.Add<MemberIdInputType, MemberIdInput, OrganizationMember>("handOverOwnership",
            "Owners: make another member owner and become editor.", (s, i, u, ct) => s.HandOverAsync(i, u, ct));
        members.Add<OrganizationIdInputType, OrganizationIdInput, OrganizationMember>("leaveOrganization",
            "Members: leave an organisation; the last owner hands over first.", (s, i, u, ct) => s.LeaveAsync(i, u, ct));

        var invitations = new Mutations<MemberInvitationPayloadType, Invitations>(mutation);
        invitations.Add<InviteMemberInputType, InviteMemberInput, CreatedInvitation>("inviteMember",
            "Owners and planners: invite a person by e-mail; the link is valid for a configured time (default 7 days).", (s, i, u, ct) => s.InviteAsync(i, u, ct));
        invitations.Add<AcceptInvitationInputType, AcceptInvitationInput, CreatedInvitation>("acceptInvitation",
            "Join with an invitation's token as the signed-in person (confirmed e-mail address).", (s, i, u, ct) => s.AcceptAsync(i, u, ct));
        invitations.Add<InvitationIdInputType, InvitationIdInput, CreatedInvitation>("revokeInvitation",
            "Owners and planners: withdraw an open invitation.", (s, i, u, ct) => s.RevokeAsync(i, u, ct));
    }

    /// <summary>Adds mutations answered by one payload type and run by one service.</summary>
    private sealed class Mutations<TPayloadType, TService>(ObjectGraphType mutation)
        where TPayloadType : IGraphType
        where TService : notnull
    {
        public void Add<TInputType, TInput, TResult>(
            string name, string description, Func<TService, TInput, ClaimsPrincipal, CancellationToken, Task<Payload<TResult>>> run, string policy = HubPolicies.SignedIn)
            where TInputType : IInputObjectGraphType
            where TResult : class =>
            mutation.Field<NonNullGraphType<TPayloadType>, Payload<TResult>>(name)
                .Description(description)
                .Argument<NonNullGraphType<TInputType>>("input", "What to do.")
                .AuthorizeWithPolicy(policy)
                .ResolveAsync(async context => await run(
                    context.RequestServices!.GetRequiredService<TService>(), context.GetArgument<TInput>("input"), context.User ?? new(), context.CancellationToken));
    }
}
