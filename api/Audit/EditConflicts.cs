using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Audit;

/// <summary>The CONFLICT error of a save based on an older version: who changed the record meanwhile, and when.</summary>
public static class EditConflicts
{
    public const string System = "System";

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Adds the error when <paramref name="version"/> is not the stored one; true when it did.</summary>
    public static async Task<bool> CheckAsync(ApiDbContext db, VersionedEntity stored, int? version, UserErrors errors, CancellationToken ct)
    {
        if (version == stored.Version)
        {
            return false;
        }

        if (version is null)
        {
            errors.Add("version", UserErrorCode.Required, "Die Version fehlt: bitte den Datensatz neu laden und erneut speichern.");
            return true;
        }

        errors.Add(await ConflictAsync(db, stored, ct));
        return true;
    }

    /// <summary>"inzwischen geändert von … am …", from the last audit entry of the record.</summary>
    public static async Task<UserError> ConflictAsync(ApiDbContext db, VersionedEntity stored, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(stored.GetType())!.ClrType.Name;
        var last = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == type && e.EntityId == stored.Id)
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.ActorName, e.At })
            .FirstOrDefaultAsync(ct);
        var (name, at) = last is null ? (System, stored.UpdatedAt) : (last.ActorName, last.At);
        var local = TimeZoneInfo.ConvertTimeFromUtc(at, Berlin).ToString("dd.MM.yyyy 'um' HH:mm 'Uhr'", CultureInfo.GetCultureInfo("de-DE"));
        return new UserError("version", UserErrorCode.Conflict,
            $"Der Datensatz wurde inzwischen geändert von {name} am {local}. Bitte beide Fassungen vergleichen und erneut speichern.");
    }
}
