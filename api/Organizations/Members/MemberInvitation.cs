using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialHub.Api.Database;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// An owner invites a person by e-mail. The link carries a random token; only its SHA-256 hash is stored, so a copy
/// of the database does not let anyone join (ADR 0014).
/// </summary>
public sealed class MemberInvitation : Entity
{
    /// <summary>Hex SHA-256: 64 characters.</summary>
    public const int HashLength = 64;

    public int OrganizationId { get; set; }

    public Organization Organization { get; set; } = null!;

    public required string Email { get; set; }

    public MemberRole Role { get; set; }

    public required string TokenHash { get; set; }

    public required string InvitedBySubject { get; set; }

    public required string InvitedByName { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public string? AcceptedBySubject { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsOpenAt(DateTime now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}

internal sealed class MemberInvitationConfiguration : IEntityTypeConfiguration<MemberInvitation>
{
    public void Configure(EntityTypeBuilder<MemberInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(Limits.Email);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.TokenHash).HasMaxLength(MemberInvitation.HashLength).IsFixedLength();
        builder.Property(i => i.InvitedBySubject).HasMaxLength(Limits.Subject);
        builder.Property(i => i.InvitedByName).HasMaxLength(Limits.Person);
        builder.Property(i => i.AcceptedBySubject).HasMaxLength(Limits.Subject);
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.Email);
    }
}
