using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Offerings;

/// <summary>
/// Published offerings are public; drafts and offerings in review only for planners and the organisation's members.
/// The filter applies wherever GraphQL reads offerings: the list, an organisation's, a location's and <c>node</c>;
/// HSDS shows published ones only (<see cref="Published"/>).
/// </summary>
public static class OfferingVisibility
{
    public static IQueryable<Offering> Published(this IQueryable<Offering> offerings) =>
        offerings.Where(o => o.Publication == Publication.Published);

    public static IQueryable<Offering> VisibleTo(this IQueryable<Offering> offerings, IResolveFieldContext context)
    {
        var access = context.OrganizationAccess();
        if (access.IsPlanner(context.User))
        {
            return offerings;
        }

        var subject = access.SubjectOf(context.User);
        var members = context.Db().OrganizationMembers;
        return subject is null
            ? offerings.Published()
            : offerings.Where(o => o.Publication == Publication.Published || members.Any(m => m.OrganizationId == o.OrganizationId && m.Subject == subject));
    }

    /// <summary>For <c>node(id:)</c>: the offering, or null when the caller may not see it.</summary>
    public static IDataLoaderResult<object?> LoadVisible(IResolveFieldContext context, int id) =>
        context.Loaders()
            .Get<int, Offering>("Offering.visibleById", async (ids, ct) => await context.Db().Offerings.VisibleTo(context).AsNoTracking()
                .Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct))
            .Load(id)
            .Then(o => (object?)o);
}
