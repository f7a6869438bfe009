using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialHub.Api.Database;

namespace SozialHub.Api.Organizations.Members;

public enum MembershipRequestStatus
{
    Pending,
    Approved,
    Declined,
}

/// <summary>A person asks to join an existing organisation; its owners (or planners) approve or decline.</summary>
public sealed class MembershipRequest : Entity
{
    public const int MaxMessageLength = 1000;

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public required string Subject { get; set; }

    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    /// <summary>Why the person asks, for the owners (optional).</summary>
    public string? Message { get; set; }

    public MembershipRequestStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }
}

internal sealed class MembershipRequestConfiguration : IEntityTypeConfiguration<MembershipRequest>
{
    public void Configure(EntityTypeBuilder<MembershipRequest> builder)
    {
        builder.Property(r => r.Subject).HasMaxLength(Limits.Subject);
        builder.Property(r => r.DisplayName).HasMaxLength(Limits.Person);
        builder.Property(r => r.Email).HasMaxLength(Limits.Email);
        builder.Property(r => r.Message).HasMaxLength(MembershipRequest.MaxMessageLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganizationId, r.Status });
        builder.HasIndex(r => r.Subject);
    }
}
