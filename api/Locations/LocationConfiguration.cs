using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Locations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(Limits.Name);
        builder.ComplexProperty(l => l.Address, PostalAddress.Configure);
        builder.HasOne(l => l.SocialSpace).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Organization).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.Name);
        builder.HasIndex(l => l.UpdatedAt);
    }
}
