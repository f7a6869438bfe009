using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SozialHub.Identity.Database;

namespace SozialHub.Identity.Accounts;

/// <summary>
/// Extension point for "download my data": another part of the hub adds a section to a person's export.
/// <see cref="Participation.ContributionExport"/> adds the person's contributions, support and flags from the API.
/// </summary>
public interface IAccountDataExportSource
{
    /// <summary>The section's name in the JSON document, e.g. <c>contributions</c>.</summary>
    string Section { get; }

    Task<object?> ExportAsync(ApplicationUser user, CancellationToken cancellationToken);
}

/// <summary>A person's data as JSON (GDPR Art. 15 and 20): the account, its roles and memberships, and the mails sent to it.</summary>
public sealed class AccountDataExport(
    UserManager<ApplicationUser> users, AccountsDbContext db, IEnumerable<IAccountDataExportSource> sources, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<byte[]> CreateAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var claims = await users.GetClaimsAsync(user);
        var document = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["exportedAt"] = time.GetUtcNow(),
            ["account"] = new
            {
                id = user.Id,
                email = user.Email,
                emailConfirmed = user.EmailConfirmed,
                displayName = user.DisplayName,
                createdAt = DateTime.SpecifyKind(user.CreatedAt, DateTimeKind.Utc),
                roles = await users.GetRolesAsync(user),
                organizations = Values(claims, HubClaims.Organization),
                failedSignInsSinceLastSuccess = user.AccessFailedCount,
                lockedUntil = user.LockoutEnd,
            },
            ["mails"] = await db.OutboxMails.AsNoTracking()
                .Where(m => m.Recipient == user.Email)
                .OrderBy(m => m.Id)
                .Select(m => new { subject = m.Subject, template = m.Template, createdAt = m.CreatedAt, sentAt = m.SentAt })
                .ToListAsync(cancellationToken),
        };

        foreach (var source in sources)
        {
            document[source.Section] = await source.ExportAsync(user, cancellationToken);
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    private static List<string> Values(IEnumerable<Claim> claims, string type) =>
        [.. claims.Where(c => c.Type == type).Select(c => c.Value)];
}
