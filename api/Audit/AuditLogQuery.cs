using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Audit;

/// <summary><c>auditLog(objectId:)</c>: the changes to one object, newest first (planners only).</summary>
internal sealed class AuditLogQuery : IQueryFields
{
    public const int MaxEntries = 500;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditLog")
            .Description($"Planners: who changed an organisation, offering, location, facility, cooperation or network when, and which fields (old → new); newest first, at most {MaxEntries}. An offering's entries include its opening hours, an organisation's its members.")
            .Argument<NonNullGraphType<IdGraphType>>("objectId", "The object (global id).")
            .AuthorizeWithPolicy(HubPolicies.Planner)
            .ResolveAsync(async context =>
            {
                var globalId = context.GetArgument<string>("objectId");
                if (!GlobalId.TryDecode(globalId, out var type, out var id))
                {
                    throw UserInput.Error($"'{globalId}' in 'objectId' is not a SozialHub id.");
                }

                return await context.Db().AuditEntries.AsNoTracking()
                    .Where(e => e.ObjectType == type && e.ObjectId == id)
                    .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                    .Take(MaxEntries)
                    .ToListAsync(context.CancellationToken);
            });
}

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change to an audited record.";
        Field<NonNullGraphType<StringGraphType>>("entityType").Description("The changed record's type, e.g. Offering or OfferingSchedule.")
            .Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The changed record (global id).")
            .Resolve(c => GlobalId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field<NonNullGraphType<EnumerationGraphType<AuditOperation>>>("operation").Description("Added, modified or deleted.").Resolve(c => c.Source.Operation);
        Field(e => e.At).Description("When (UTC).");
        Field(e => e.ActorName).Description("Who: the person's display name, or the machine client's id.");
        Field(e => e.ActorSubject).Description("Who: the token's subject.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChangeType>>>>("changes").Description("The changed fields, by name.")
            .Resolve(c => JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(c.Source.Changes)!
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new AuditChange(f.Key, f.Value.GetValueOrDefault("old"), f.Value.GetValueOrDefault("new")))
                .ToArray());
    }
}

public sealed record AuditChange(string Field, string? Old, string? New);

public sealed class AuditChangeType : ObjectGraphType<AuditChange>
{
    public AuditChangeType()
    {
        Name = "AuditChange";
        Description = "One field's change, values as text.";
        Field(c => c.Field).Description("The field, e.g. name or address.city.");
        Field(c => c.Old, nullable: true).Description("The value before; null when the record was added or the field empty.");
        Field(c => c.New, nullable: true).Description("The value after; null when the record was deleted or the field emptied.");
    }
}
