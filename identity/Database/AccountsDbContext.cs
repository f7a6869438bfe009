using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using SozialHub.Identity.Accounts;
using SozialHub.Mail;

namespace SozialHub.Identity.Database;

/// <summary>
/// Accounts (ASP.NET Core Identity), OpenIddict's applications, scopes, authorizations and tokens, the
/// data-protection keys and the mail outbox. One subclass per provider carries that provider's migrations.
/// </summary>
public abstract class AccountsDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext, IMailOutboxDbContext
{
    public const string ServiceName = "identity";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        SizeKeyColumns(modelBuilder);
        modelBuilder.Entity<ApplicationUser>().Property(user => user.DisplayName).HasMaxLength(ApplicationUser.DisplayNameLength);
        modelBuilder.ApplyConfiguration(new OutboxMailConfiguration());
    }

    // MariaDB/MySQL limit an index to 3072 bytes, and utf8mb4 counts 4 bytes a character. OpenIddict leaves its
    // string ids unsized, so Pomelo makes them (and the ApplicationId foreign keys) varchar(255); with Subject
    // varchar(400) and Type varchar(150) the tokens' index (ApplicationId, Status, Subject, Type) needs
    // (255 + 50 + 400 + 150) × 4 = 3420 bytes and the migration fails with "Specified key was too long; max key
    // length is 3072 bytes". Identity's token key (UserId, LoginProvider, Name) fits by 12 bytes only. So every
    // key column is sized here, in the shared model: both providers' migrations describe the same schema, and
    // no index depends on a provider's default size.
    private static void SizeKeyColumns(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApplicationUser>().Property(user => user.Id).HasMaxLength(KeyLengths.Id);
        modelBuilder.Entity<IdentityRole>().Property(role => role.Id).HasMaxLength(KeyLengths.Id);
        modelBuilder.Entity<IdentityUserRole<string>>(userRole =>
        {
            userRole.Property(r => r.UserId).HasMaxLength(KeyLengths.Id);
            userRole.Property(r => r.RoleId).HasMaxLength(KeyLengths.Id);
        });
        modelBuilder.Entity<IdentityUserClaim<string>>().Property(claim => claim.UserId).HasMaxLength(KeyLengths.Id);
        modelBuilder.Entity<IdentityRoleClaim<string>>().Property(claim => claim.RoleId).HasMaxLength(KeyLengths.Id);
        modelBuilder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(KeyLengths.Provider);
            login.Property(l => l.ProviderKey).HasMaxLength(KeyLengths.Provider);
            login.Property(l => l.UserId).HasMaxLength(KeyLengths.Id);
        });
        modelBuilder.Entity<IdentityUserToken<string>>(token =>
        {
            token.Property(t => t.UserId).HasMaxLength(KeyLengths.Id);
            token.Property(t => t.LoginProvider).HasMaxLength(KeyLengths.Provider);
            token.Property(t => t.Name).HasMaxLength(KeyLengths.Provider);
        });

        // Tokens index (ApplicationId, Status, Subject, Type): (100 + 50 + 255 + 150) × 4 = 2220 bytes;
        // authorizations index (ApplicationId, Status, Subject, Type): (100 + 50 + 255 + 50) × 4 = 1820 bytes.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>()
            .Property(application => application.Id).HasMaxLength(KeyLengths.OpenIddictId);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>()
            .Property(scope => scope.Id).HasMaxLength(KeyLengths.OpenIddictId);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>(authorization =>
        {
            authorization.Property(a => a.Id).HasMaxLength(KeyLengths.OpenIddictId);
            authorization.Property<string>("ApplicationId").HasMaxLength(KeyLengths.OpenIddictId);
            authorization.Property(a => a.Subject).HasMaxLength(KeyLengths.Subject);
            authorization.Property(a => a.Status).HasMaxLength(50);
            authorization.Property(a => a.Type).HasMaxLength(50);
        });
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>(token =>
        {
            token.Property(t => t.Id).HasMaxLength(KeyLengths.OpenIddictId);
            token.Property<string>("ApplicationId").HasMaxLength(KeyLengths.OpenIddictId);
            token.Property<string>("AuthorizationId").HasMaxLength(KeyLengths.OpenIddictId);
            token.Property(t => t.Subject).HasMaxLength(KeyLengths.Subject);
            token.Property(t => t.Status).HasMaxLength(50);
            token.Property(t => t.Type).HasMaxLength(150);
        });
    }
}
