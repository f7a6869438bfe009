using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialHub.Api.Imports;

namespace SozialHub.Api.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Key).HasMaxLength(Limits.Key);
        builder.Property(i => i.Name).HasMaxLength(Limits.Name);
        builder.Property(i => i.Source).HasMaxLength(Limits.Source);
        builder.Property(i => i.NumeratorLabel).HasMaxLength(Limits.Name);
        builder.Property(i => i.DenominatorLabel).HasMaxLength(Limits.Name);
        builder.Property(i => i.Unit).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Polarity).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Level).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Periodicity).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(i => i.Key).IsUnique();
        builder.HasOne(i => i.ActionField).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(i => i.IsRate);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.HasIndex(v => new { v.IndicatorId, v.SocialSpaceId, v.Year }).IsUnique();
        builder.HasIndex(v => new { v.SocialSpaceId, v.IndicatorId });
        builder.HasIndex(v => v.UpdatedAt);
        builder.HasOne(v => v.Indicator).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.SocialSpace).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.ImportBatch).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorValueRevisionConfiguration : IEntityTypeConfiguration<IndicatorValueRevision>
{
    public void Configure(EntityTypeBuilder<IndicatorValueRevision> builder)
    {
        builder.HasIndex(r => new { r.IndicatorId, r.SocialSpaceId, r.Year });
        builder.HasIndex(r => r.ReplacedByImportBatchId);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SocialSpaces.SocialSpace>().WithMany().HasForeignKey(r => r.SocialSpaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(r => r.ReplacedByImportBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
