using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Districts;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Key).HasMaxLength(Limits.Key);
        builder.Property(d => d.Name).HasMaxLength(Limits.Name);
        builder.HasIndex(d => d.Key).IsUnique();
    }
}
