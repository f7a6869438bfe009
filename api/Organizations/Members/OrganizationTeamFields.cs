using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Contributions;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>The fields of <c>Organization</c> about its team; who sees what is asked of <see cref="OrganizationAccess"/>.</summary>
public static class OrganizationTeamFields
{
    public static void AddTo(ObjectGraphType<Organization> type)
    {
        type.Field(o => o.RequiresReview).Description("Planners decided that the organisation's changes wait for their review.");
        type.Field<NonNullGraphType<StringGraphType>>("descriptionHtml").Description("The description rendered to sanitised HTML, safe to embed.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ContributionText>().ToHtml(c.Source.Description));
        type.Field<EnumerationGraphType<MemberRole>>("viewerRole").Description("The caller's role in the organisation; null when not a member.")
            .ResolveAsync(async c => await c.OrganizationAccess().RoleInAsync(c.User, c.Source.Id, c.CancellationToken));
        type.Field<ListGraphType<NonNullGraphType<OrganizationMemberType>>>("members")
            .Description("The members, owners first; null unless the caller is a member or a planner.")
            .ResolveAsync(async c => await c.OrganizationAccess().CanEditAsync(c.User, c.Source.Id, c.CancellationToken)
                ? await c.Db().OrganizationMembers.AsNoTracking().Where(m => m.OrganizationId == c.Source.Id)
                    .OrderBy(m => m.Role).ThenBy(m => m.DisplayName).ToListAsync(c.CancellationToken)
                : null);
        type.Field<ListGraphType<NonNullGraphType<MembershipRequestType>>>("membershipRequests")
            .Description("Pending requests to join, oldest first; null unless the caller is an owner or a planner.")
            .ResolveAsync(async c => await c.OrganizationAccess().CanManageMembersAsync(c.User, c.Source.Id, c.CancellationToken)
                ? await c.Db().MembershipRequests.AsNoTracking().Where(r => r.OrganizationId == c.Source.Id && r.Status == MembershipRequestStatus.Pending)
                    .OrderBy(r => r.CreatedAt).ToListAsync(c.CancellationToken)
                : null);
        type.Field<ListGraphType<NonNullGraphType<MemberInvitationType>>>("invitations")
            .Description("Invitations not yet accepted or revoked (expired ones too), newest first; null unless the caller is an owner or a planner.")
            .ResolveAsync(async c => await c.OrganizationAccess().CanManageMembersAsync(c.User, c.Source.Id, c.CancellationToken)
                ? await c.Db().MemberInvitations.AsNoTracking().Where(i => i.OrganizationId == c.Source.Id && i.AcceptedAt == null && i.RevokedAt == null)
                    .OrderByDescending(i => i.CreatedAt).ToListAsync(c.CancellationToken)
                : null);
    }
}
