using GraphQL;
using Microsoft.Extensions.Options;
using SozialHub.Api.Authorization;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// Only a cooperation both sides confirmed is public and counts (issue 7); until then it is visible to planners, who
/// moderate the directory. The filter applies wherever cooperations are read: the list, an organisation's, and <c>node</c>.
/// </summary>
public static class CooperationVisibility
{
    public static bool SeesUnconfirmed(this IResolveFieldContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptionsMonitor<HubAuthorizationOptions>>().CurrentValue;
        return Caller.Of(context.User ?? new(), options).HasRole(HubPolicies.Planner);
    }

    public static IQueryable<Cooperation> VisibleTo(this IQueryable<Cooperation> cooperations, IResolveFieldContext context) =>
        context.SeesUnconfirmed() ? cooperations : cooperations.Where(c => c.ProposerConfirmedAt != null && c.PartnerConfirmedAt != null);
}
