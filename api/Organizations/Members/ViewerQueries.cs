using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>The signed-in person, as the hub knows them.</summary>
public sealed record Viewer(ClaimsPrincipal User);

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The signed-in person: their organisations, invitations and requests; for planners what waits for them.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name from the token.").Resolve(c => Person.Of(c.Source.User).Name);
        Field<NonNullGraphType<BooleanGraphType>>("isPlanner").Description("Planners verify organisations and see every request.")
            .Resolve(c => c.OrganizationAccess().IsPlanner(c.Source.User));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationMemberType>>>>("memberships")
            .Description("The organisations the person acts for, with their role, by organisation name.")
            .ResolveAsync(async c =>
            {
                var subject = c.OrganizationAccess().SubjectOf(c.Source.User);
                return await c.Db().OrganizationMembers.AsNoTracking().Where(m => m.Subject == subject)
                    .OrderBy(m => m.Organization.Name).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipRequestType>>>>("membershipRequests")
            .Description("The person's own requests to join that wait for an answer.")
            .ResolveAsync(async c =>
            {
                var subject = c.OrganizationAccess().SubjectOf(c.Source.User);
                return await c.Db().MembershipRequests.AsNoTracking().Where(r => r.Subject == subject && r.Status == MembershipRequestStatus.Pending)
                    .OrderBy(r => r.CreatedAt).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberInvitationType>>>>("invitations")
            .Description("Open invitations to the person's e-mail address (accepting needs the token from the mail).")
            .ResolveAsync(async c =>
            {
                var email = Person.Of(c.Source.User).Email?.ToLowerInvariant();
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                return email is null ? [] : await c.Db().MemberInvitations.AsNoTracking()
                    .Where(i => i.Email.ToLower() == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                    .OrderBy(i => i.CreatedAt).ToListAsync(c.CancellationToken);
            });
        Field<ListGraphType<NonNullGraphType<OrganizationType>>>("unverifiedOrganizations")
            .Description("Planners: organisations waiting for verification, by name; null for everyone else.")
            .ResolveAsync(async c => c.OrganizationAccess().IsPlanner(c.Source.User)
                ? await c.Db().Organizations.AsNoTracking().Where(o => !o.IsVerified).OrderBy(o => o.Name).ToListAsync(c.CancellationToken)
                : null);
        Field<ListGraphType<NonNullGraphType<MembershipRequestType>>>("openMembershipRequests")
            .Description("Planners: every pending request to join, oldest first; null for everyone else.")
            .ResolveAsync(async c => c.OrganizationAccess().IsPlanner(c.Source.User)
                ? await c.Db().MembershipRequests.AsNoTracking().Where(r => r.Status == MembershipRequestStatus.Pending)
                    .OrderBy(r => r.CreatedAt).ToListAsync(c.CancellationToken)
                : null);
    }
}

internal sealed class ViewerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("The signed-in person: memberships, invitations, requests. Signed-in people only.")
            .AuthorizeWithPolicy(HubPolicies.SignedIn)
            .Resolve(c => new Viewer(c.User ?? new ClaimsPrincipal()));
}
