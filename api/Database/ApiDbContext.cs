using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Audit;
using SozialHub.Api.Contributions;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Demography;
using SozialHub.Api.Districts;
using SozialHub.Api.Facilities;
using SozialHub.Api.Imports;
using SozialHub.Api.Indicators;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;
using SozialHub.Api.Offerings;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;
using SozialHub.Api.Reports;
using SozialHub.Api.SocialSpaces;
using SozialHub.Mail;

namespace SozialHub.Api.Database;

/// <summary>The hub's domain data. One subclass per provider carries that provider's migrations.</summary>
public abstract class ApiDbContext(DbContextOptions options) : DbContext(options), IMailOutboxDbContext
{
    public const string ServiceName = "api";

    public DbSet<District> Districts => Set<District>();

    public DbSet<SocialSpace> SocialSpaces => Set<SocialSpace>();

    public DbSet<ActionField> ActionFields => Set<ActionField>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<IndicatorValueRevision> IndicatorValueRevisions => Set<IndicatorValueRevision>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<DemographicValue> DemographicValues => Set<DemographicValue>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();

    public DbSet<MembershipRequest> MembershipRequests => Set<MembershipRequest>();

    public DbSet<MemberInvitation> MemberInvitations => Set<MemberInvitation>();

    public DbSet<Offering> Offerings => Set<Offering>();

    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();

    public DbSet<OfferingSchedule> OfferingSchedules => Set<OfferingSchedule>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<Cooperation> Cooperations => Set<Cooperation>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<ContributionSupport> ContributionSupports => Set<ContributionSupport>();

    public DbSet<ContributionFlag> ContributionFlags => Set<ContributionFlag>();

    public DbSet<ContributionRevision> ContributionRevisions => Set<ContributionRevision>();

    public DbSet<ModerationAction> ModerationActions => Set<ModerationAction>();

    /// <summary>Mails the hub writes (invitations, notifications, reminders), sent by the shared outbox sender.</summary>
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SocialReport> SocialReports => Set<SocialReport>();

    public DbSet<SocialReportChapter> SocialReportChapters => Set<SocialReportChapter>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }

        this.CountVersions();

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApiDbContext).Assembly, type => !type.IsAbstract);
        modelBuilder.ApplyConfiguration(new OutboxMailConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC and come back marked as UTC on every provider.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
