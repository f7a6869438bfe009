using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Database;
using SozialHub.Api.Facilities;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Audit;

/// <summary>A change to an audited row, read from the change tracker before the save (when old values are still known).</summary>
internal sealed class AuditedChange
{
    // The audited types, and under which object a planner finds their changes.
    private static readonly Dictionary<Type, Func<object, (string Type, int Id)?>> Owners = new()
    {
        [typeof(Organization)] = _ => null,
        [typeof(OrganizationMember)] = e => (nameof(Organization), ((OrganizationMember)e).OrganizationId),
        [typeof(Offering)] = _ => null,
        [typeof(OfferingSchedule)] = e => (nameof(Offering), ((OfferingSchedule)e).OfferingId),
        [typeof(Location)] = _ => null,
        [typeof(Facility)] = _ => null,
        [typeof(Cooperation)] = _ => null,
        [typeof(Network)] = _ => null,
    };

    // Every save sets these; they say nothing a planner needs.
    private static readonly HashSet<string> Skipped = [nameof(Entity.Id), nameof(Entity.UpdatedAt), nameof(VersionedEntity.Version)];

    private AuditedChange(EntityEntry entry, AuditOperation operation, Dictionary<string, (string? Old, string? New)> fields)
    {
        (Entry, Operation, Fields) = (entry, operation, fields);
    }

    public EntityEntry Entry { get; }

    public AuditOperation Operation { get; }

    public Dictionary<string, (string? Old, string? New)> Fields { get; }

    public static AuditedChange? Of(EntityEntry entry)
    {
        if (!Owners.ContainsKey(entry.Metadata.ClrType))
        {
            return null;
        }

        AuditOperation? operation = entry.State switch
        {
            EntityState.Added => AuditOperation.Added,
            EntityState.Modified => AuditOperation.Modified,
            EntityState.Deleted => AuditOperation.Deleted,
            _ => null,
        };
        if (operation is not { } op)
        {
            return null;
        }

        var fields = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        var properties = entry.Properties.Select(p => (Name: p.Metadata.Name, Property: p))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Name: $"{c.Metadata.Name}.{p.Metadata.Name}", Property: p))));
        foreach (var (name, property) in properties.Where(p => !Skipped.Contains(p.Name)))
        {
            var old = op == AuditOperation.Added ? null : Text(property.OriginalValue);
            var current = op == AuditOperation.Deleted ? null : Text(property.CurrentValue);
            if (old != current && (op != AuditOperation.Modified || property.IsModified))
            {
                fields[JsonNamingPolicy.CamelCase.ConvertName(name)] = (old, current);
            }
        }

        return op == AuditOperation.Modified && fields.Count == 0 ? null : new AuditedChange(entry, op, fields);
    }

    /// <summary>The entry to store, once the save has given an added row its id.</summary>
    public AuditEntry ToEntry(AuditActor actor, DateTime at)
    {
        var entity = Entry.Entity;
        var id = ((IRecord)entity).Id;
        var type = Entry.Metadata.ClrType.Name;
        var owner = Owners[Entry.Metadata.ClrType](entity) ?? (type, id);
        var changes = Fields.ToDictionary(f => f.Key, f => new Dictionary<string, string?> { ["old"] = f.Value.Old, ["new"] = f.Value.New });
        return new AuditEntry
        {
            ObjectType = owner.Type,
            ObjectId = owner.Id,
            EntityType = type,
            EntityId = id,
            Operation = Operation,
            Changes = JsonSerializer.Serialize(changes),
            ActorSubject = actor.Subject,
            ActorName = actor.Name,
            At = at,
        };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
