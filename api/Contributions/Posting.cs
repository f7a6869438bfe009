using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Contributions;

/// <summary>
/// Posts comments and local knowledge. Everything is checked before anything is added to the context, and one
/// <c>SaveChanges</c> stores the contribution: bad input leaves nothing behind.
/// </summary>
public sealed class Posting(
    ApiDbContext db, ContributionText text, OrganizationAccess organizations, AddressLimiter addresses, IHttpContextAccessor http,
    IOptions<ParticipationOptions> options, TimeProvider time)
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    public async Task<ContributionPayload> PostCommentAsync(PostCommentInput input, Participant author, CancellationToken ct)
    {
        var errors = new UserErrors();
        var draft = new Contribution { Kind = ContributionKind.Comment, AuthorName = author.Name };
        if (input.ReplyTo is not null)
        {
            await ReplyAsync(draft, input, errors, ct);
        }
        else if ((input.ActionField is null) == (input.SocialSpace is null))
        {
            errors.Add("actionField", UserErrorCode.Required, "Bitte genau ein Ziel angeben: ein Handlungsfeld oder einen Sozialraum.");
        }
        else if (input.ActionField is { } actionField)
        {
            draft.ActionFieldId = await db.ActionFields.Where(a => a.Key == actionField).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            errors.NotFoundIf(draft.ActionFieldId is null, "actionField", $"Das Handlungsfeld „{actionField}“ gibt es nicht.");
        }
        else
        {
            draft.SocialSpaceId = await SocialSpaceIdAsync(input.SocialSpace!, "socialSpace", errors, ct);
        }

        return await PostAsync(draft, input.Text, input.OrganizationId, input.Context, author, errors, ct);
    }

    public async Task<ContributionPayload> PostLocalKnowledgeAsync(PostLocalKnowledgeInput input, Participant author, CancellationToken ct)
    {
        var errors = new UserErrors();
        var draft = new Contribution
        {
            Kind = ContributionKind.LocalKnowledge,
            AuthorName = author.Name,
            Category = input.Category,
            Title = errors.Text("title", "Der Titel", input.Title, Limits.Name),
        };
        if (input.Category is null)
        {
            errors.Add("category", UserErrorCode.Required, "Bitte eine Kategorie wählen.");
        }

        if (input.Latitude is { } latitude && input.Longitude is { } longitude)
        {
            draft.Latitude = latitude;
            draft.Longitude = longitude;
            draft.SocialSpaceId = double.IsFinite(latitude) && double.IsFinite(longitude)
                ? await SocialSpaceLocator.LocateAsync(db, latitude, longitude, ct)
                : null;
            errors.InvalidIf(draft.SocialSpaceId is null, "latitude", "Der Punkt liegt außerhalb der Stadt. Bitte einen Ort im Stadtgebiet wählen.");
        }
        else if (input.Latitude is not null || input.Longitude is not null)
        {
            errors.Add("longitude", UserErrorCode.Required, "Ein Punkt braucht Breite und Länge.");
        }
        else if (input.SocialSpace is { } socialSpace)
        {
            draft.SocialSpaceId = await SocialSpaceIdAsync(socialSpace, "socialSpace", errors, ct);
        }
        else
        {
            errors.Add("socialSpace", UserErrorCode.Required, "Bitte einen Punkt auf der Karte oder einen Sozialraum wählen.");
        }

        return await PostAsync(draft, input.Text, input.OrganizationId, input.Context, author, errors, ct);
    }

    private async Task ReplyAsync(Contribution draft, PostCommentInput input, UserErrors errors, CancellationToken ct)
    {
        if (input.ActionField is not null || input.SocialSpace is not null)
        {
            errors.Add("replyTo", UserErrorCode.Invalid, "Eine Antwort gehört zu ihrem Beitrag: bitte kein eigenes Ziel angeben.");
        }

        var parent = await ContributionIds.FindAsync(db, input.ReplyTo, "replyTo", errors, ct);
        if (parent is null)
        {
            return;
        }

        if (parent.Status != ContributionStatus.Published || parent.DeletedAt is not null)
        {
            errors.Add("replyTo", UserErrorCode.Conflict, "Auf diesen Beitrag kann man nicht mehr antworten.");
        }
        else if (parent.Depth >= Contribution.MaxReplyDepth)
        {
            errors.Add("replyTo", UserErrorCode.Invalid, $"Antworten gehen höchstens {Contribution.MaxReplyDepth} Ebenen tief; bitte auf einen früheren Beitrag antworten.");
        }

        (draft.ParentId, draft.Depth, draft.ActionFieldId, draft.SocialSpaceId) = (parent.Id, parent.Depth + 1, parent.ActionFieldId, parent.SocialSpaceId);
    }

    private async Task<ContributionPayload> PostAsync(
        Contribution draft, string? markdown, string? organizationId, ContextInput? context, Participant author, UserErrors errors, CancellationToken ct)
    {
        draft.Text = errors.Text("text", "Der Text", markdown, Contribution.MaxTextLength) ?? "";
        draft.OrganizationId = await OrganizationAsync(organizationId, author, errors, ct);

        await ContextAsync(draft, context, errors, ct);
        if (errors.Count == 0)
        {
            await CheckSpamAsync(draft.Text, author, errors, ct);
        }

        if (errors.Count > 0)
        {
            return ContributionPayload.Failed(errors);
        }

        draft.AuthorSubject = author.Subject;
        draft.Html = text.ToHtml(draft.Text);
        draft.CreatedAt = time.GetUtcNow().UtcDateTime;
        draft.Status = await WaitsForApprovalAsync(author, ct) ? ContributionStatus.Pending : ContributionStatus.Published;
        db.Contributions.Add(draft);
        await db.SaveChangesAsync(ct);
        return ContributionPayload.Done(draft);
    }

    /// <summary>The organisation to write as: one the author is a member of (planners too: moderating is not membership).</summary>
    private async Task<int?> OrganizationAsync(string? globalId, Participant author, UserErrors errors, CancellationToken ct)
    {
        if (globalId is null)
        {
            return null;
        }

        int? id = GlobalId.TryDecode(globalId, out var type, out var decoded) && type == nameof(Organization)
            && await db.Organizations.AnyAsync(o => o.Id == decoded, ct)
            ? decoded
            : null;
        if (id is null)
        {
            errors.Add("organizationId", UserErrorCode.NotFound, "Diese Organisation gibt es nicht.");
            return null;
        }

        if (!(await organizations.MembershipsAsync(author.User, ct)).ContainsKey(id.Value))
        {
            errors.Add("organizationId", UserErrorCode.NotAllowed, "Sie können nur als eine Organisation schreiben, der Sie angehören.");
        }

        return id;
    }

    private async Task ContextAsync(Contribution draft, ContextInput? context, UserErrors errors, CancellationToken ct)
    {
        if (context?.SocialSpace is { } socialSpace)
        {
            draft.ContextSocialSpaceId = await SocialSpaceIdAsync(socialSpace, "context.socialSpace", errors, ct);
        }

        if (context?.Indicator is { } indicator)
        {
            draft.ContextIndicatorId = await db.Indicators.Where(i => i.Key == indicator).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
            errors.NotFoundIf(draft.ContextIndicatorId is null, "context.indicator", $"Den Indikator „{indicator}“ gibt es nicht.");
        }

        draft.ContextYear = context?.Year;
        errors.InvalidIf(context?.Year is < MinYear or > MaxYear, "context.year", $"Das Jahr muss zwischen {MinYear} und {MaxYear} liegen.");
    }

    private async Task CheckSpamAsync(string markdown, Participant author, UserErrors errors, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var limits = options.Value;
        var (hourAgo, duplicateSince) = (now.AddHours(-1), now - limits.DuplicateWindow);
        var mine = db.Contributions.Where(c => c.AuthorSubject == author.Subject);
        if (await mine.CountAsync(c => c.CreatedAt > hourAgo, ct) >= limits.MaxPerHour)
        {
            errors.Add(null, UserErrorCode.RateLimited, $"Sie haben in der letzten Stunde schon {limits.MaxPerHour} Beiträge geschrieben. Bitte später weiterschreiben.");
        }
        else if (await mine.AnyAsync(c => c.CreatedAt > duplicateSince && c.Text == markdown, ct))
        {
            errors.Add("text", UserErrorCode.Duplicate, "Diesen Text haben Sie gerade schon geschrieben.");
        }
        else if (!addresses.TryTake(http.HttpContext?.Connection.RemoteIpAddress))
        {
            // Last: only a contribution that will be stored uses up the address's allowance.
            errors.Add(null, UserErrorCode.RateLimited,
                $"Aus Ihrem Netzwerk wurden in der letzten Stunde schon {limits.MaxPerHourPerAddress} Beiträge geschrieben. Bitte später weiterschreiben.");
        }
    }

    private async Task<bool> WaitsForApprovalAsync(Participant author, CancellationToken ct) =>
        !author.IsPlanner && options.Value.PreModeration > 0
        && await db.Contributions.CountAsync(c => c.AuthorSubject == author.Subject && c.Status != ContributionStatus.Pending, ct)
            < options.Value.PreModeration;

    private async Task<int?> SocialSpaceIdAsync(string key, string field, UserErrors errors, CancellationToken ct)
    {
        var id = await db.SocialSpaces.Where(s => s.Key == key).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        errors.NotFoundIf(id is null, field, $"Den Sozialraum „{key}“ gibt es nicht.");
        return id;
    }
}
