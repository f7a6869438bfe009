using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace SozialHub.Api.Database;

/// <summary>
/// A record people edit in forms: it carries a row version that the client sends back with its changes, so that a
/// save based on an older state fails instead of overwriting someone else's change (optimistic concurrency). A plain
/// integer works alike on SQLite and MariaDB, which have no common rowversion type.
/// </summary>
public abstract class VersionedEntity : Entity
{
    [ConcurrencyCheck]
    public int Version { get; set; }
}

public static class VersionedEntityExtensions
{
    /// <summary>
    /// Saves the entity only if it is still at <paramref name="version"/> (the one the client read): the update's
    /// WHERE clause compares it, and the stored version goes up by one even when only related rows changed.
    /// </summary>
    public static void ExpectVersion(this ApiDbContext db, VersionedEntity entity, int version)
    {
        var property = db.Entry(entity).Property(e => e.Version);
        property.OriginalValue = version;
        property.CurrentValue = version + 1;
        property.IsModified = true;
    }

    /// <summary>Counts the version up for a change that did not go through <see cref="ExpectVersion"/>.</summary>
    internal static void CountVersions(this ApiDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<VersionedEntity>())
        {
            if (entry.State == EntityState.Modified && !entry.Property(e => e.Version).IsModified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
