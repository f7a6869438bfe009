using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Facilities;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(Limits.Name);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(f => f.Location).WithMany(l => l.Facilities).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Operator).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => f.Kind);
        builder.HasIndex(f => f.UpdatedAt);
    }
}
