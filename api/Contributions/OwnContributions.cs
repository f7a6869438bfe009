using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

/// <summary>An author edits (the previous text is kept) or deletes (shown as deleted, replies stay) their own contribution.</summary>
public sealed class OwnContributions(ApiDbContext db, ContributionText text, TimeProvider time)
{
    public async Task<ContributionPayload> EditAsync(EditContributionInput input, Participant author, CancellationToken ct)
    {
        var errors = new UserErrors();
        var contribution = await FindOwnAsync(input.Id, author, errors, ct);
        var markdown = errors.Text("text", "Der Text", input.Text, Contribution.MaxTextLength);
        var title = contribution?.Kind == ContributionKind.LocalKnowledge && input.Title is not null
            ? errors.Text("title", "Der Titel", input.Title, Limits.Name)
            : contribution?.Title;
        errors.InvalidIf(contribution?.Kind == ContributionKind.Comment && input.Title is not null, "title", "Kommentare haben keinen Titel.");
        if (contribution is null || markdown is null || errors.Count > 0)
        {
            return ContributionPayload.Failed(errors);
        }

        if (markdown != contribution.Text || title != contribution.Title)
        {
            var now = time.GetUtcNow().UtcDateTime;
            db.ContributionRevisions.Add(new ContributionRevision
            {
                ContributionId = contribution.Id, Title = contribution.Title, Text = contribution.Text, ReplacedAt = now,
            });
            (contribution.Text, contribution.Html, contribution.Title, contribution.EditedAt) = (markdown, text.ToHtml(markdown), title, now);
            await db.SaveChangesAsync(ct);
        }

        return ContributionPayload.Done(contribution);
    }

    /// <summary>The text goes with its history (the person chose to delete it); the row stays so that replies keep their place.</summary>
    public async Task<ContributionPayload> DeleteAsync(ContributionIdInput input, Participant author, CancellationToken ct)
    {
        var errors = new UserErrors();
        var contribution = await FindOwnAsync(input.Id, author, errors, ct);
        if (contribution is null)
        {
            return ContributionPayload.Failed(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ContributionRevisions.Where(r => r.ContributionId == contribution.Id).ExecuteDeleteAsync(ct);
        Erase(contribution, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ContributionPayload.Done(contribution);
    }

    public static void Erase(Contribution contribution, DateTime now)
    {
        (contribution.Text, contribution.Html, contribution.Title) = ("", "", null);
        contribution.DeletedAt ??= now;
    }

    private async Task<Contribution?> FindOwnAsync(string? id, Participant author, UserErrors errors, CancellationToken ct)
    {
        var contribution = await ContributionIds.FindAsync(db, id, "id", errors, ct);
        if (contribution is not null && contribution.AuthorSubject != author.Subject)
        {
            errors.Add("id", UserErrorCode.NotAllowed, "Sie können nur Ihre eigenen Beiträge ändern.");
            return null;
        }

        if (contribution?.DeletedAt is not null || contribution?.Status == ContributionStatus.Hidden)
        {
            errors.Add("id", UserErrorCode.Conflict, contribution.DeletedAt is not null
                ? "Dieser Beitrag ist gelöscht."
                : "Dieser Beitrag ist ausgeblendet und kann nicht mehr geändert werden.");
            return null;
        }

        return contribution;
    }
}
