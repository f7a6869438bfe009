using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

/// <summary>Support (Zustimmung) and flags (Meldungen), each once per person; enough flags hide a contribution.</summary>
public sealed class Reactions(ApiDbContext db, IOptions<ParticipationOptions> options, TimeProvider time)
{
    public const string HiddenByFlagsReason = "Nach mehreren Meldungen ausgeblendet, bis die Moderation entscheidet.";

    public async Task<ContributionPayload> SupportAsync(ContributionIdInput input, Participant person, CancellationToken ct)
    {
        var errors = new UserErrors();
        var contribution = await FindOthersAsync(input.Id, person, "unterstützen", errors, ct);
        if (contribution is not null && await db.ContributionSupports.AnyAsync(s => s.ContributionId == contribution.Id && s.Subject == person.Subject, ct))
        {
            errors.Add("id", UserErrorCode.AlreadyDone, "Sie haben diesem Beitrag schon zugestimmt.");
        }

        if (contribution is null || errors.Count > 0)
        {
            return ContributionPayload.Failed(errors);
        }

        db.ContributionSupports.Add(new ContributionSupport { ContributionId = contribution.Id, Subject = person.Subject, CreatedAt = time.GetUtcNow().UtcDateTime });
        return await SaveOnceAsync(contribution, "Sie haben diesem Beitrag schon zugestimmt.", ct);
    }

    public async Task<ContributionPayload> FlagAsync(ContributionReasonInput input, Participant person, CancellationToken ct)
    {
        var errors = new UserErrors();
        var reason = errors.Text("reason", "Der Grund der Meldung", input.Reason, ContributionFlag.MaxReasonLength);
        var contribution = await FindOthersAsync(input.Id, person, "melden", errors, ct);
        if (contribution is not null && await db.ContributionFlags.AnyAsync(f => f.ContributionId == contribution.Id && f.Subject == person.Subject, ct))
        {
            errors.Add("id", UserErrorCode.AlreadyDone, "Sie haben diesen Beitrag schon gemeldet.");
        }

        if (contribution is null || reason is null || errors.Count > 0)
        {
            return ContributionPayload.Failed(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.ContributionFlags.Add(new ContributionFlag { ContributionId = contribution.Id, Subject = person.Subject, Reason = reason, CreatedAt = now });
        var openFlags = 1 + await db.ContributionFlags.CountAsync(f => f.ContributionId == contribution.Id && f.SettledAt == null, ct);
        if (openFlags >= options.Value.FlagsToHide && contribution.Status == ContributionStatus.Published)
        {
            (contribution.Status, contribution.HiddenReason) = (ContributionStatus.Hidden, HiddenByFlagsReason);
            db.ModerationActions.Add(new ModerationAction
            {
                ContributionId = contribution.Id, Kind = ModerationKind.HideByFlags, ModeratorName = ModerationAction.Automatic,
                Reason = HiddenByFlagsReason, At = now,
            });
        }

        return await SaveOnceAsync(contribution, "Sie haben diesen Beitrag schon gemeldet.", ct);
    }

    private async Task<Contribution?> FindOthersAsync(string? id, Participant person, string verb, UserErrors errors, CancellationToken ct)
    {
        var contribution = await ContributionIds.FindAsync(db, id, "id", errors, ct);
        if (contribution is null)
        {
            return null;
        }

        var problem = contribution switch
        {
            { Status: ContributionStatus.Pending } => (UserErrorCode.NotFound, "Diesen Beitrag gibt es nicht."),
            { DeletedAt: not null } or { Status: ContributionStatus.Hidden } =>
                (UserErrorCode.Conflict, $"Einen gelöschten oder ausgeblendeten Beitrag kann man nicht {verb}."),
            _ when contribution.AuthorSubject == person.Subject => (UserErrorCode.NotAllowed, $"Eigene Beiträge kann man nicht {verb}."),
            _ => ((UserErrorCode, string)?)null,
        };
        if (problem is { } p)
        {
            errors.Add("id", p.Item1, p.Item2);
            return null;
        }

        return contribution;
    }

    // Two requests of the same person at once: the unique key refuses the second.
    private async Task<ContributionPayload> SaveOnceAsync(Contribution contribution, string already, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ContributionPayload.Done(contribution);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ContributionPayload.Failed([new UserError("id", UserErrorCode.AlreadyDone, already)]);
        }
    }
}
