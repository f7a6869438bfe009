using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Imports;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.FileName).HasMaxLength(Limits.FileName);
        builder.Property(b => b.Source).HasMaxLength(Limits.Source);
        builder.Property(b => b.ImportedBy).HasMaxLength(Limits.Person);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(b => b.ImportedAt);
    }
}
