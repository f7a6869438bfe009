using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Cooperations;

internal sealed class CooperationConfiguration : IEntityTypeConfiguration<Cooperation>
{
    public void Configure(EntityTypeBuilder<Cooperation> builder)
    {
        builder.Property(c => c.Form).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Formality).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(c => c.Proposer).WithMany().HasForeignKey(c => c.ProposerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.ActionFields).WithMany().UsingEntity("CooperationActionFields");
        builder.Ignore(c => c.IsConfirmed);
        builder.Ignore(c => c.Status);
        // Unquoted column names: the same SQL on SQLite and MariaDB.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Cooperations_Intensity", "Intensity BETWEEN 1 AND 3");
            t.HasCheckConstraint("CK_Cooperations_TwoOrganizations", "ProposerId <> PartnerId");
        });
        builder.HasIndex(c => c.UpdatedAt);
    }
}
