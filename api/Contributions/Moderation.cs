using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

/// <summary>Planners approve, hide (with a public reason) and restore contributions; every action is logged.</summary>
public sealed class Moderation(ApiDbContext db, TimeProvider time)
{
    public Task<ContributionPayload> ApproveAsync(ContributionIdInput input, Moderator moderator, CancellationToken ct) =>
        DecideAsync(input.Id, null, moderator, ModerationKind.Approve, ct);

    public Task<ContributionPayload> HideAsync(ContributionReasonInput input, Moderator moderator, CancellationToken ct) =>
        DecideAsync(input.Id, input.Reason, moderator, ModerationKind.Hide, ct);

    public Task<ContributionPayload> RestoreAsync(ContributionIdInput input, Moderator moderator, CancellationToken ct) =>
        DecideAsync(input.Id, null, moderator, ModerationKind.Restore, ct);

    private async Task<ContributionPayload> DecideAsync(string? id, string? reasonInput, Moderator moderator, ModerationKind kind, CancellationToken ct)
    {
        var errors = new UserErrors();
        var reason = kind == ModerationKind.Hide ? errors.Text("reason", "Der öffentliche Grund", reasonInput, ContributionFlag.MaxReasonLength) : null;
        var contribution = await ContributionIds.FindAsync(db, id, "id", errors, ct);
        var allowed = kind switch
        {
            ModerationKind.Approve => contribution?.Status == ContributionStatus.Pending,
            ModerationKind.Restore => contribution?.Status == ContributionStatus.Hidden,
            _ => contribution?.Status != ContributionStatus.Hidden,
        };
        if (contribution is not null && !allowed)
        {
            errors.Add("id", UserErrorCode.Conflict, kind switch
            {
                ModerationKind.Approve => "Dieser Beitrag wartet nicht auf Freigabe.",
                ModerationKind.Restore => "Dieser Beitrag ist nicht ausgeblendet.",
                _ => "Dieser Beitrag ist schon ausgeblendet.",
            });
        }

        if (contribution is null || errors.Count > 0)
        {
            return ContributionPayload.Failed(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        (contribution.Status, contribution.HiddenReason) = kind == ModerationKind.Hide
            ? (ContributionStatus.Hidden, reason)
            : (ContributionStatus.Published, null);
        db.ModerationActions.Add(new ModerationAction
        {
            ContributionId = contribution.Id, Kind = kind, ModeratorSubject = moderator.Subject, ModeratorName = moderator.Name, Reason = reason, At = now,
        });
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (kind != ModerationKind.Hide)
        {
            // The planner decided: earlier flags no longer count towards hiding it again.
            await db.ContributionFlags.Where(f => f.ContributionId == contribution.Id && f.SettledAt == null)
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.SettledAt, now), ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ContributionPayload.Done(contribution);
    }
}

/// <summary>Who moderates: a planner (or a machine client granted the planner policy).</summary>
public sealed record Moderator(string? Subject, string Name)
{
    public static Moderator Of(System.Security.Claims.ClaimsPrincipal? user)
    {
        var person = Participant.Of(user);
        return new Moderator(person.Subject, person.Name);
    }
}
