using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.ActionFields;

internal sealed class ActionFieldConfiguration : IEntityTypeConfiguration<ActionField>
{
    public void Configure(EntityTypeBuilder<ActionField> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(Limits.Key);
        builder.Property(a => a.Name).HasMaxLength(Limits.Name);
        builder.HasIndex(a => a.Key).IsUnique();
    }
}
