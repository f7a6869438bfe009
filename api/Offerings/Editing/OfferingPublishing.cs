using System.Security.Claims;
using SozialHub.Api.Database;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Offerings.Editing;

/// <summary>
/// Drafts go public: at once, or — when planners set the organisation to require review — after a planner approved
/// them. Also the one-click "noch aktuell" that sets the review date, and the planners' review switch.
/// </summary>
public sealed class OfferingPublishing(ApiDbContext db, OfferingEditor editor, OrganizationAccess access, TimeProvider time)
{
    public async Task<EditPayload<Offering>> PublishAsync(OfferingActionInput input, ClaimsPrincipal user, CancellationToken ct) =>
        await ChangeAsync(input, user, ct, async offering =>
        {
            var organization = await db.Organizations.FindAsync([offering.OrganizationId], ct);
            offering.Publication = organization!.RequiresReview && !access.IsPlanner(user) ? Publication.InReview : Publication.Published;
            return null;
        });

    public async Task<EditPayload<Offering>> ApproveAsync(OfferingActionInput input, ClaimsPrincipal user, CancellationToken ct) =>
        await ChangeAsync(input, user, ct, offering =>
        {
            if (offering.Publication != Publication.InReview)
            {
                return Task.FromResult<UserError?>(new UserError("id", UserErrorCode.Conflict, "Das Angebot wartet nicht auf Freigabe."));
            }

            offering.Publication = Publication.Published;
            return Task.FromResult<UserError?>(null);
        });

    public async Task<EditPayload<Offering>> ConfirmReviewedAsync(OfferingActionInput input, ClaimsPrincipal user, CancellationToken ct) =>
        await ChangeAsync(input, user, ct, offering =>
        {
            offering.LastReviewedAt = time.GetUtcNow().UtcDateTime;
            return Task.FromResult<UserError?>(null);
        });

    private async Task<EditPayload<Offering>> ChangeAsync(
        OfferingActionInput input, ClaimsPrincipal user, CancellationToken ct, Func<Offering, Task<UserError?>> change)
    {
        var (offering, failed) = await editor.FindAsync(input.Id, user, ct);
        if (offering is null)
        {
            return failed!;
        }

        if (input.Version is not null && await db.ConflictAsync(offering, input.Version, ct) is { } conflict)
        {
            return conflict;
        }

        var errors = new UserErrors();
        if (await change(offering) is { } error)
        {
            errors.Add(error);
        }

        return await db.SaveAsync(offering, offering.Version, errors, ct);
    }
}
