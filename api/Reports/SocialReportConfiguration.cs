using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Reports;

internal sealed class SocialReportConfiguration : IEntityTypeConfiguration<SocialReport>
{
    public void Configure(EntityTypeBuilder<SocialReport> builder)
    {
        builder.HasIndex(r => r.Year).IsUnique();
        builder.Property(r => r.PublishedBy).HasMaxLength(Limits.Person);
        builder.Property(r => r.DraftBy).HasMaxLength(Limits.Person);
        builder.HasMany(r => r.Chapters).WithOne().HasForeignKey(c => c.SocialReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SocialReportChapterConfiguration : IEntityTypeConfiguration<SocialReportChapter>
{
    public void Configure(EntityTypeBuilder<SocialReportChapter> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(Limits.Key);
        builder.HasIndex(c => new { c.SocialReportId, c.Key }).IsUnique();
    }
}
