using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

/// <summary>
/// What identity needs when a person deletes their account or downloads their data (issue 5): anonymise all their
/// contributions and reactions, and list them.
/// </summary>
public sealed class AccountContributions(ApiDbContext db, TimeProvider time)
{
    /// <summary>Author becomes „gelöschtes Konto“; texts stay unless <see cref="AnonymizeContributionsInput.DeleteTexts"/>.</summary>
    public async Task<AnonymizePayload> AnonymizeAsync(AnonymizeContributionsInput input, CancellationToken ct)
    {
        var errors = new UserErrors();
        var subject = errors.Text("subject", "Das Konto (sub)", input.Subject, Limits.Subject);
        if (subject is null)
        {
            return new AnonymizePayload(0, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var contributions = await db.Contributions.Where(c => c.AuthorSubject == subject).ToListAsync(ct);
        var ids = contributions.Select(c => c.Id).ToList();
        if (input.DeleteTexts)
        {
            await db.ContributionRevisions.Where(r => ids.Contains(r.ContributionId)).ExecuteDeleteAsync(ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var contribution in contributions)
        {
            (contribution.AuthorSubject, contribution.AuthorName) = (null, Contribution.DeletedAccountName);
            if (input.DeleteTexts)
            {
                OwnContributions.Erase(contribution, now);
            }
        }

        await db.SaveChangesAsync(ct);
        await db.ContributionSupports.Where(s => s.Subject == subject).ExecuteDeleteAsync(ct);
        await db.ContributionFlags.Where(f => f.Subject == subject).ExecuteUpdateAsync(f => f.SetProperty(x => x.Subject, (string?)null), ct);
        await db.ModerationActions.Where(a => a.ModeratorSubject == subject)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.ModeratorSubject, (string?)null).SetProperty(x => x.ModeratorName, Contribution.DeletedAccountName), ct);
        await transaction.CommitAsync(ct);
        return new AnonymizePayload(contributions.Count, []);
    }

    /// <summary>Everything the API keeps about a person, for their data export.</summary>
    public async Task<AccountParticipation> ExportAsync(string subject, CancellationToken ct) => new(
        await db.Contributions.AsNoTracking().Where(c => c.AuthorSubject == subject).OrderBy(c => c.Id).ToListAsync(ct),
        await db.ContributionSupports.AsNoTracking().Where(s => s.Subject == subject).OrderBy(s => s.CreatedAt).ToListAsync(ct),
        await db.ContributionFlags.AsNoTracking().Where(f => f.Subject == subject).OrderBy(f => f.Id).ToListAsync(ct));
}

public sealed record AnonymizePayload(int Count, IReadOnlyList<UserError> Errors);

public sealed record AccountParticipation(
    IReadOnlyList<Contribution> Contributions, IReadOnlyList<ContributionSupport> Supports, IReadOnlyList<ContributionFlag> Flags);
