using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Offerings;

internal sealed class OfferingConfiguration : IEntityTypeConfiguration<Offering>
{
    public void Configure(EntityTypeBuilder<Offering> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.Name);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Publication).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.CostKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.CostAmount).HasPrecision(10, 2);
        builder.Property(o => o.CostNote).HasMaxLength(Limits.Name);
        builder.Property(o => o.ContactName).HasMaxLength(Limits.Person);
        builder.Property(o => o.Email).HasMaxLength(Limits.Email);
        builder.Property(o => o.Phone).HasMaxLength(Limits.Code);
        builder.Property(o => o.Website).HasMaxLength(Limits.Url);
        builder.HasOne(o => o.Organization).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.ActionFields).WithMany().UsingEntity("OfferingActionFields");
        builder.HasMany(o => o.TargetGroups).WithMany().UsingEntity("OfferingTargetGroups");
        builder.HasMany(o => o.Locations).WithMany(l => l.Offerings).UsingEntity("OfferingLocations");
        builder.HasMany(o => o.Languages).WithOne().HasForeignKey(l => l.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Schedules).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.Status);
        builder.HasIndex(o => o.Publication);
        builder.HasIndex(o => o.UpdatedAt);
    }
}

internal sealed class OfferingLanguageConfiguration : IEntityTypeConfiguration<OfferingLanguage>
{
    public void Configure(EntityTypeBuilder<OfferingLanguage> builder)
    {
        builder.HasKey(l => new { l.OfferingId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(Limits.Code);
        builder.HasIndex(l => l.Code);
    }
}

internal sealed class OfferingScheduleConfiguration : IEntityTypeConfiguration<OfferingSchedule>
{
    public void Configure(EntityTypeBuilder<OfferingSchedule> builder)
    {
        builder.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Note).HasMaxLength(Limits.Name);
        builder.HasOne(s => s.Location).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
