using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SozialHub.Api.Contributions;

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.AuthorSubject).HasMaxLength(Limits.Subject);
        builder.Property(c => c.AuthorName).HasMaxLength(Limits.Person);
        builder.Property(c => c.Text).HasMaxLength(Contribution.MaxTextLength);
        builder.Property(c => c.Title).HasMaxLength(Limits.Name);
        builder.Property(c => c.HiddenReason).HasMaxLength(ContributionFlag.MaxReasonLength);
        builder.HasOne(c => c.ActionField).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.SocialSpace).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ContextSocialSpace).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.ContextIndicator).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Parent).WithMany().OnDelete(DeleteBehavior.Restrict);
        // An organisation that leaves the directory leaves its contributions to the person who wrote them.
        builder.HasOne(c => c.Organization).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Supports).WithOne().HasForeignKey(s => s.ContributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Flags).WithOne().HasForeignKey(f => f.ContributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.ContributionId).OnDelete(DeleteBehavior.Cascade);

        // The target lookups: an action field's or a social space's top-level contributions, replies by parent.
        builder.HasIndex(c => new { c.ActionFieldId, c.ParentId, c.Status });
        builder.HasIndex(c => new { c.SocialSpaceId, c.Kind, c.ParentId, c.Status });
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
        // Rate limit, duplicate check, pre-moderation and the account's export and anonymisation.
        builder.HasIndex(c => new { c.AuthorSubject, c.CreatedAt });
        builder.HasIndex(c => c.UpdatedAt);
    }
}

internal sealed class ContributionSupportConfiguration : IEntityTypeConfiguration<ContributionSupport>
{
    public void Configure(EntityTypeBuilder<ContributionSupport> builder)
    {
        builder.HasKey(s => new { s.ContributionId, s.Subject });
        builder.Property(s => s.Subject).HasMaxLength(Limits.Subject);
        builder.HasIndex(s => s.Subject);
    }
}

internal sealed class ContributionFlagConfiguration : IEntityTypeConfiguration<ContributionFlag>
{
    public void Configure(EntityTypeBuilder<ContributionFlag> builder)
    {
        builder.Property(f => f.Subject).HasMaxLength(Limits.Subject);
        builder.Property(f => f.Reason).HasMaxLength(ContributionFlag.MaxReasonLength);
        builder.HasIndex(f => new { f.ContributionId, f.Subject }).IsUnique();
        builder.HasIndex(f => f.Subject);
    }
}

internal sealed class ContributionRevisionConfiguration : IEntityTypeConfiguration<ContributionRevision>
{
    public void Configure(EntityTypeBuilder<ContributionRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Limits.Name);
        builder.Property(r => r.Text).HasMaxLength(Contribution.MaxTextLength);
    }
}

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ModeratorSubject).HasMaxLength(Limits.Subject);
        builder.Property(a => a.ModeratorName).HasMaxLength(Limits.Person);
        builder.Property(a => a.Reason).HasMaxLength(ContributionFlag.MaxReasonLength);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(a => a.ContributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.ModeratorSubject);
    }
}
