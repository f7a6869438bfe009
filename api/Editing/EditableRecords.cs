using System.Security.Claims;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Editing;

/// <summary>The start of every update: the record by id, the caller's right to its organisation, the version they read.</summary>
public static class EditableRecords
{
    /// <summary>
    /// The record to change, or the payload that refuses: NOT_FOUND, NOT_ALLOWED (a record of no organisation is the
    /// planners'), or CONFLICT with the stored record when <paramref name="version"/> is not the stored one.
    /// </summary>
    /// <param name="label">The record in German as a sentence's object, e.g. „diesen Ort“.</param>
    public static async Task<(T? Record, EditPayload<T>? Refused)> FindForUpdateAsync<T>(
        this ApiDbContext db, OrganizationAccess access, ClaimsPrincipal user, IQueryable<T> records, string? id, int? version,
        Func<T, int?> organizationOf, string label, string notYours, CancellationToken ct)
        where T : VersionedEntity
    {
        var errors = new UserErrors();
        var record = await DirectoryIds.FindAsync(records, id, "id", label, errors, ct);
        if (record is null)
        {
            return (null, EditPayload<T>.Failed(errors));
        }

        if (!(organizationOf(record) is { } owner ? await access.CanEditAsync(user, owner, ct) : access.IsPlanner(user)))
        {
            return (null, DirectorySaving.NotAllowed<T>("id", notYours));
        }

        return await db.ConflictAsync(record, version, ct) is { } conflict ? (null, conflict) : (record, null);
    }
}
