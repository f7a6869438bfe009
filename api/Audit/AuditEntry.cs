using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Audit;

/// <summary>
/// One change to an audited record: who, when, what operation and which fields changed (old → new). Planners read the
/// entries per object: a schedule row's change is filed under its offering, a member's under its organisation.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The object a planner asks about (GraphQL type name), e.g. Offering.</summary>
    public required string ObjectType { get; set; }

    public int ObjectId { get; set; }

    /// <summary>The changed row's type, e.g. OfferingSchedule for an offering's opening hours.</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    public AuditOperation Operation { get; set; }

    /// <summary>JSON object: field → { "old": …, "new": … }, values as text.</summary>
    public required string Changes { get; set; }

    /// <summary>The token's subject (a person's account or a machine client's id).</summary>
    public required string ActorSubject { get; set; }

    public required string ActorName { get; set; }

    public DateTime At { get; set; }
}

public enum AuditOperation
{
    Added,
    Modified,
    Deleted,
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.ObjectType).HasMaxLength(Limits.Key);
        builder.Property(e => e.EntityType).HasMaxLength(Limits.Key);
        builder.Property(e => e.Operation).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorSubject).HasMaxLength(Limits.Subject);
        builder.Property(e => e.ActorName).HasMaxLength(Limits.Person);
        builder.HasIndex(e => new { e.ObjectType, e.ObjectId, e.At });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
