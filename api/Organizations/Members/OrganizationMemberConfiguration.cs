using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Organizations.Members;

internal sealed class OrganizationMemberConfiguration : IEntityTypeConfiguration<OrganizationMember>
{
    public void Configure(EntityTypeBuilder<OrganizationMember> builder)
    {
        builder.Property(m => m.Subject).HasMaxLength(Limits.Subject);
        builder.Property(m => m.DisplayName).HasMaxLength(Limits.Person);
        builder.Property(m => m.Email).HasMaxLength(Limits.Email);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.OrganizationId, m.Subject }).IsUnique();
        // Every authorisation check asks "which organisations does this subject act for?".
        builder.HasIndex(m => m.Subject);
    }
}
