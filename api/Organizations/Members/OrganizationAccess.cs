using System.Security.Claims;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using SozialHub.Api.Authorization;
using SozialHub.Api.Database;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// The one place that answers "may this caller change that organisation's data?": planners may change every
/// organisation's, a person the data of the organisations they are a member of (owners and editors alike), a machine
/// client none. Every directory mutation asks here, so the rule cannot drift between features.
/// </summary>
public sealed class OrganizationAccess(ApiDbContext db, IOptionsMonitor<HubAuthorizationOptions> options)
{
    /// <summary>The person's subject, or null for anonymous callers and machine clients.</summary>
    public string? SubjectOf(ClaimsPrincipal? user)
    {
        var caller = Caller.Of(user ?? new(), options.CurrentValue);
        return caller.IsPerson ? user!.GetClaim(Claims.Subject) : null;
    }

    public bool IsPlanner(ClaimsPrincipal? user) => Caller.Of(user ?? new(), options.CurrentValue).HasRole(HubPolicies.Planner);

    /// <summary>The organisations the person is a member of, with their role; empty for anyone else.</summary>
    public async Task<IReadOnlyDictionary<int, MemberRole>> MembershipsAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var subject = SubjectOf(user);
        if (subject is null)
        {
            return new Dictionary<int, MemberRole>();
        }

        return await db.OrganizationMembers.AsNoTracking()
            .Where(m => m.Subject == subject)
            .ToDictionaryAsync(m => m.OrganizationId, m => m.Role, cancellationToken);
    }

    /// <summary>Planners, and members of the organisation in any role.</summary>
    public async Task<bool> CanEditAsync(ClaimsPrincipal? user, int organizationId, CancellationToken cancellationToken) =>
        IsPlanner(user) || await RoleInAsync(user, organizationId, cancellationToken) is not null;

    /// <summary>Planners, and the organisation's owners: members, invitations and handing over ownership.</summary>
    public async Task<bool> CanManageMembersAsync(ClaimsPrincipal? user, int organizationId, CancellationToken cancellationToken) =>
        IsPlanner(user) || await RoleInAsync(user, organizationId, cancellationToken) == MemberRole.Owner;

    public async Task<MemberRole?> RoleInAsync(ClaimsPrincipal? user, int organizationId, CancellationToken cancellationToken)
    {
        var subject = SubjectOf(user);
        if (subject is null)
        {
            return null;
        }

        var member = await db.OrganizationMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.OrganizationId == organizationId && m.Subject == subject, cancellationToken);
        return member?.Role;
    }
}

public static class OrganizationAccessExtensions
{
    public static OrganizationAccess OrganizationAccess(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<OrganizationAccess>();
}
