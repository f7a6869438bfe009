using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Cooperations;

/// <summary>
/// Proposing, confirming, declining and ending cooperations (methods.md §8). Everything is checked before anything is
/// changed, and one <c>SaveChanges</c> stores the result: bad input leaves nothing behind.
/// </summary>
public sealed class CooperationDecisions(ApiDbContext db, OrganizationAccess access, TimeProvider time)
{
    public async Task<CooperationPayload> ProposeAsync(ProposeCooperationInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var proposer = await DirectoryReferences.OrganizationAsync(db, input.Organization, "organization", errors, ct);
        if (proposer is { } own && await access.RoleInAsync(user, own, ct) is null)
        {
            errors.Add("organization", UserErrorCode.NotAllowed, "Sie handeln nicht für diese Organisation.");
        }

        var partner = await DirectoryReferences.OrganizationAsync(db, input.Partner, "partner", errors, ct);
        errors.InvalidIf(proposer is not null && proposer == partner, "partner", "Eine Organisation kann nicht mit sich selbst kooperieren.");
        errors.InvalidIf(input.Intensity is not (>= 1 and <= 3), "intensity", "Die Intensität muss 1, 2 oder 3 sein.");
        errors.InvalidIf(input.Since > input.Until, "until", "Das Ende der Kooperation liegt vor ihrem Beginn.");
        errors.InvalidIf(input.Form is null, "form", "Die Form der Kooperation fehlt.");
        errors.InvalidIf(input.Formality is null, "formality", "Die Formalität der Kooperation fehlt.");
        var description = errors.Text("description", "Die Beschreibung", input.Description, Limits.Message, required: false);
        var actionFields = await DirectoryReferences.ActionFieldsAsync(db, input.ActionFields, "actionFields", errors, ct);
        if (errors.Count == 0 && await db.Cooperations.AnyAsync(c => c.DeclinedAt == null && c.PartnerConfirmedAt == null
                && ((c.ProposerId == proposer && c.PartnerId == partner) || (c.ProposerId == partner && c.PartnerId == proposer)), ct))
        {
            errors.Add("partner", UserErrorCode.AlreadyDone, "Zwischen diesen Organisationen wartet schon ein Vorschlag auf Antwort.");
        }

        if (errors.Count > 0)
        {
            return CooperationPayload.Failed(errors);
        }

        var cooperation = new Cooperation
        {
            ProposerId = proposer!.Value,
            PartnerId = partner!.Value,
            Form = input.Form!.Value,
            Intensity = input.Intensity!.Value,
            Formality = input.Formality!.Value,
            Since = input.Since,
            Until = input.Until,
            Description = description ?? "",
            ProposerConfirmedAt = time.GetUtcNow().UtcDateTime,
        };
        cooperation.ActionFields.AddRange(actionFields);
        db.Cooperations.Add(cooperation);
        await db.SaveChangesAsync(ct);
        return CooperationPayload.Done(cooperation);
    }

    public Task<CooperationPayload> ConfirmAsync(CooperationIdInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        AnswerAsync(input.Id, user, confirm: true, ct);

    public Task<CooperationPayload> DeclineAsync(CooperationIdInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        AnswerAsync(input.Id, user, confirm: false, ct);

    public async Task<CooperationPayload> EndAsync(EndCooperationInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var cooperation = await FindAsync(input.Id, user, errors, ct);
        var until = input.Until ?? CityTime.Today(time);
        if (cooperation is not null)
        {
            var member = await access.RoleInAsync(user, cooperation.ProposerId, ct) is not null
                || await access.RoleInAsync(user, cooperation.PartnerId, ct) is not null;
            if (!member)
            {
                errors.Add("id", UserErrorCode.NotAllowed, "Nur Mitglieder der beiden Organisationen können die Kooperation beenden.");
            }
            else if (cooperation.DeclinedAt is not null)
            {
                errors.Add("id", UserErrorCode.Conflict, "Diese Kooperation wurde abgelehnt.");
            }

            errors.InvalidIf(cooperation.Since > until, "until", $"Das Ende liegt vor dem Beginn der Kooperation ({cooperation.Since:dd.MM.yyyy}).");
        }

        if (cooperation is null || errors.Count > 0)
        {
            return CooperationPayload.Failed(errors);
        }

        cooperation.Until = until;
        await db.SaveChangesAsync(ct);
        return CooperationPayload.Done(cooperation);
    }

    private async Task<CooperationPayload> AnswerAsync(string? id, ClaimsPrincipal? user, bool confirm, CancellationToken ct)
    {
        var errors = new UserErrors();
        var cooperation = await FindAsync(id, user, errors, ct);
        if (cooperation is not null && await access.RoleInAsync(user, cooperation.PartnerId, ct) is null)
        {
            errors.Add("id", UserErrorCode.NotAllowed, "Nur Mitglieder der angefragten Organisation können die Kooperation bestätigen oder ablehnen.");
        }
        else if (cooperation is not null && cooperation.Status != CooperationStatus.Proposed)
        {
            errors.Add("id", UserErrorCode.AlreadyDone, cooperation.Status == CooperationStatus.Confirmed
                ? "Diese Kooperation ist schon bestätigt."
                : "Diese Kooperation wurde schon abgelehnt.");
        }

        if (cooperation is null || errors.Count > 0)
        {
            return CooperationPayload.Failed(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (confirm)
        {
            cooperation.PartnerConfirmedAt = now;
        }
        else
        {
            cooperation.DeclinedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return CooperationPayload.Done(cooperation);
    }

    /// <summary>The cooperation (tracked) if the caller may see it; NOT_FOUND otherwise, so hidden ones stay hidden.</summary>
    private async Task<Cooperation?> FindAsync(string? globalId, ClaimsPrincipal? user, UserErrors errors, CancellationToken ct)
    {
        var cooperation = GlobalId.TryDecode(globalId, out var type, out var id) && type == nameof(Cooperation)
            ? await db.Cooperations.VisibleTo(db, access, user).FirstOrDefaultAsync(c => c.Id == id, ct)
            : null;
        errors.NotFoundIf(cooperation is null, "id", "Diese Kooperation gibt es nicht.");
        return cooperation;
    }
}
