using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialHub.Api.Database;

namespace SozialHub.Api.Offerings;

/// <summary>A Zielgruppe offerings are for, e.g. families or seniors (an HSDS taxonomy term).</summary>
public sealed class TargetGroup : Entity
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";
}

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(Limits.Key);
        builder.Property(t => t.Name).HasMaxLength(Limits.Name);
        builder.Property(t => t.Description).HasMaxLength(Limits.Message);
        builder.HasIndex(t => t.Key).IsUnique();
    }
}
