using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialHub.Api.Locations;

namespace SozialHub.Api.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.Name);
        builder.Property(o => o.LegalStatus).HasMaxLength(Limits.Code);
        builder.Property(o => o.RegisterNumber).HasMaxLength(Limits.Code);
        builder.Property(o => o.Website).HasMaxLength(Limits.Url);
        builder.Property(o => o.Email).HasMaxLength(Limits.Email);
        builder.Property(o => o.Phone).HasMaxLength(Limits.Code);
        builder.ComplexProperty(o => o.Address, PostalAddress.Configure);
        builder.HasOne(o => o.ParentOrganization).WithMany().OnDelete(DeleteBehavior.Restrict);
        // Two organisations with one name would confuse everyone (issue 7 refuses duplicates).
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.UpdatedAt);
    }
}
