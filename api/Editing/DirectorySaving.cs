using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Audit;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Editing;

/// <summary>The end of every directory mutation: store all of it or nothing, and never over someone else's newer change.</summary>
public static class DirectorySaving
{
    /// <summary>
    /// With errors, forgets every pending change (a later mutation of the same request must not store half of this
    /// one). Otherwise saves, the record's version checked against <paramref name="version"/> when given; a change
    /// that slipped in between the check and the save is a CONFLICT like any other.
    /// </summary>
    public static async Task<EditPayload<T>> SaveAsync<T>(this ApiDbContext db, T record, int? version, UserErrors errors, CancellationToken ct)
        where T : VersionedEntity
    {
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return EditPayload<T>.Failed(errors);
        }

        if (db.Entry(record).State != EntityState.Added)
        {
            db.ExpectVersion(record, version ?? record.Version);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return EditPayload<T>.Done(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == record.Id, ct);
            return current is null
                ? EditPayload<T>.Failed([new UserError("id", UserErrorCode.NotFound, "Der Datensatz wurde inzwischen gelöscht.")])
                : EditPayload<T>.Failed([await EditConflicts.ConflictAsync(db, current, ct)], current);
        }
    }

    /// <summary>A CONFLICT (with the stored record) when the client's version is not the stored one.</summary>
    public static async Task<EditPayload<T>?> ConflictAsync<T>(this ApiDbContext db, T stored, int? version, CancellationToken ct)
        where T : VersionedEntity
    {
        var errors = new UserErrors();
        if (!await EditConflicts.CheckAsync(db, stored, version, errors, ct))
        {
            return null;
        }

        db.ChangeTracker.Clear();
        return EditPayload<T>.Failed(errors, stored);
    }

    public static EditPayload<T> NotAllowed<T>(string field, string message)
        where T : class => EditPayload<T>.Failed([new UserError(field, UserErrorCode.NotAllowed, message)]);
}
