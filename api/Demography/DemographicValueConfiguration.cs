using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Demography;

/// <remarks>Kind and sex are stored as numbers: the importer writes them with the bulk writer, which takes numbers only.</remarks>
internal sealed class DemographicValueConfiguration : IEntityTypeConfiguration<DemographicValue>
{
    public void Configure(EntityTypeBuilder<DemographicValue> builder)
    {
        builder.HasIndex(v => new { v.Kind, v.SocialSpaceId, v.Age, v.Sex });
        builder.HasOne(v => v.SocialSpace).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.ImportBatch).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
