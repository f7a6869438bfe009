using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.SocialSpaces;

internal sealed class SocialSpaceConfiguration : IEntityTypeConfiguration<SocialSpace>
{
    public void Configure(EntityTypeBuilder<SocialSpace> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(Limits.Key);
        builder.Property(s => s.Name).HasMaxLength(Limits.Name);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasOne(s => s.District).WithMany(d => d.SocialSpaces).OnDelete(DeleteBehavior.Restrict);
    }
}
