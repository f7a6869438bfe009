using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Networks;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(Limits.Name);
        builder.Property(n => n.MeetingRhythm).HasMaxLength(Limits.Name);
        builder.HasOne(n => n.Coordinator).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(n => n.ActionField).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(n => n.Members).WithMany(o => o.Networks).UsingEntity("NetworkMembers");
        builder.HasIndex(n => n.Name).IsUnique();
        builder.HasIndex(n => n.UpdatedAt);
    }
}
