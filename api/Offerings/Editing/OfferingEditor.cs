using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Offerings.Editing;

/// <summary>
/// Creates, changes and deletes offerings for members of their organisation and for planners. Everything is checked
/// before anything is stored; a change based on an older version is refused with CONFLICT.
/// </summary>
public sealed class OfferingEditor(ApiDbContext db, OrganizationAccess access, OfferingFieldReader reader, TimeProvider time)
{
    public const int MaxDescriptionLength = 10_000;
    public const int MaxAge = 120;

    public const string NotYours = "Sie können nur Angebote von Organisationen bearbeiten, denen Sie angehören.";

    /// <summary>A new offering is a draft: the organisation publishes it when it is ready.</summary>
    public async Task<EditPayload<Offering>> CreateAsync(OfferingInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var organization = await DirectoryIds.FindAsync(db.Organizations, input.Organization, "organization", "diese Organisation", errors, ct);
        if (organization is null)
        {
            return EditPayload<Offering>.Failed(errors);
        }

        if (!await access.CanEditAsync(user, organization.Id, ct))
        {
            return DirectorySaving.NotAllowed<Offering>("organization", NotYours);
        }

        var offering = new Offering
        {
            Name = "",
            OrganizationId = organization.Id,
            Publication = Publication.Draft,
            LastReviewedAt = time.GetUtcNow().UtcDateTime,
        };
        await reader.ApplyAsync(offering, input, errors, ct);
        if (errors.Count == 0)
        {
            db.Offerings.Add(offering);
        }

        return await db.SaveAsync(offering, null, errors, ct);
    }

    /// <summary>Replaces every field; the publication state stays (published changes are public at once).</summary>
    public async Task<EditPayload<Offering>> UpdateAsync(OfferingInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (offering, failed) = await FindAsync(input.Id, user, ct);
        if (offering is null)
        {
            return failed!;
        }

        if (await db.ConflictAsync(offering, input.Version, ct) is { } conflict)
        {
            return conflict;
        }

        var errors = new UserErrors();
        await reader.ApplyAsync(offering, input, errors, ct);
        return await db.SaveAsync(offering, input.Version, errors, ct);
    }

    public async Task<EditPayload<Offering>> DeleteAsync(OfferingActionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (offering, failed) = await FindAsync(input.Id, user, ct);
        if (offering is null)
        {
            return failed!;
        }

        if (input.Version is not null && await db.ConflictAsync(offering, input.Version, ct) is { } conflict)
        {
            return conflict;
        }

        db.Offerings.Remove(offering);
        await db.SaveChangesAsync(ct);
        return EditPayload<Offering>.Done(offering);
    }

    /// <summary>The offering with everything the editor replaces, if the caller may edit it; otherwise the failed payload.</summary>
    internal async Task<(Offering? Offering, EditPayload<Offering>? Failed)> FindAsync(string? id, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var offerings = db.Offerings
            .Include(o => o.ActionFields).Include(o => o.TargetGroups).Include(o => o.Locations).Include(o => o.Languages).Include(o => o.Schedules)
            .AsSplitQuery();
        var offering = await DirectoryIds.FindAsync(offerings, id, "id", "dieses Angebot", errors, ct);
        if (offering is null)
        {
            return (null, EditPayload<Offering>.Failed(errors));
        }

        return await access.CanEditAsync(user, offering.OrganizationId, ct)
            ? (offering, null)
            : (null, DirectorySaving.NotAllowed<Offering>("id", NotYours));
    }
}
