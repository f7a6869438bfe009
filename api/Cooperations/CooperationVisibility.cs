using System.Linq.Expressions;
using System.Security.Claims;
using GraphQL;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// Only a cooperation both sides confirmed is public and counts (issue 7). Members of either organisation also see
/// their own unconfirmed and declined ones (to confirm them, or to know the answer); planners, who moderate the
/// directory, see all. The filter applies wherever cooperations are read: the list, an organisation's, and <c>node</c>.
/// </summary>
public static class CooperationVisibility
{
    public static readonly Expression<Func<Cooperation, bool>> Confirmed =
        c => c.ProposerConfirmedAt != null && c.PartnerConfirmedAt != null && c.DeclinedAt == null;

    public static IQueryable<Cooperation> VisibleTo(this IQueryable<Cooperation> cooperations, IResolveFieldContext context) =>
        cooperations.VisibleTo(context.Db(), context.OrganizationAccess(), context.User);

    public static IQueryable<Cooperation> VisibleTo(
        this IQueryable<Cooperation> cooperations, ApiDbContext db, OrganizationAccess access, ClaimsPrincipal? user)
    {
        if (access.IsPlanner(user))
        {
            return cooperations;
        }

        if (access.SubjectOf(user) is not { } subject)
        {
            return cooperations.Where(Confirmed);
        }

        // One query: the membership test is a subquery, so lists stay a single statement.
        var mine = db.OrganizationMembers.Where(m => m.Subject == subject);
        return cooperations.Where(c => (c.ProposerConfirmedAt != null && c.PartnerConfirmedAt != null && c.DeclinedAt == null)
            || mine.Any(m => m.OrganizationId == c.ProposerId || m.OrganizationId == c.PartnerId));
    }
}
