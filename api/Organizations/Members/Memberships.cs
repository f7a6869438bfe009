using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// Join requests and the team itself: owners (and planners) approve or decline requests, remove members, change
/// roles and hand over ownership; members leave. An organisation always keeps at least one owner.
/// </summary>
public sealed class Memberships(ApiDbContext db, OrganizationAccess access, TimeProvider time)
{
    private const string OwnersOnly = "Das dürfen nur die Inhaber dieser Organisation.";
    private const string LastOwner = "Eine Organisation braucht mindestens einen Inhaber. Übergeben Sie die Inhaberschaft zuerst an ein anderes Mitglied.";

    public async Task<Payload<MembershipRequest>> RequestAsync(RequestMembershipInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = Person.Of(user);
        var errors = new UserErrors();
        OrganizationEditing.RequireAddress(person, errors);
        var message = errors.Text("message", "Die Nachricht", input.Message, MembershipRequest.MaxMessageLength, required: false);
        var organization = await MemberIds.OrganizationAsync(db, input.Organization, "organization", errors, ct);
        if (organization is not null && await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == organization.Id && m.Subject == person.Subject, ct))
        {
            errors.Add("organization", UserErrorCode.AlreadyDone, "Sie sind schon Mitglied dieser Organisation.");
        }
        else if (organization is not null && await db.MembershipRequests.AnyAsync(
                     r => r.OrganizationId == organization.Id && r.Subject == person.Subject && r.Status == MembershipRequestStatus.Pending, ct))
        {
            errors.Add("organization", UserErrorCode.AlreadyDone, "Ihre Anfrage an diese Organisation wartet schon auf eine Antwort.");
        }

        if (organization is null || errors.Count > 0)
        {
            return Payload<MembershipRequest>.Failed(errors);
        }

        var request = new MembershipRequest
        {
            Organization = organization, Subject = person.Subject, DisplayName = person.Name, Email = person.Email!, Message = message,
            Status = MembershipRequestStatus.Pending, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.MembershipRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return Payload<MembershipRequest>.Done(request);
    }

    public Task<Payload<MembershipRequest>> ApproveAsync(MembershipRequestIdInput input, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(input, user, approve: true, ct);

    public Task<Payload<MembershipRequest>> DeclineAsync(MembershipRequestIdInput input, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(input, user, approve: false, ct);

    public async Task<Payload<OrganizationMember>> RemoveAsync(MemberIdInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (member, errors) = await ManagedMemberAsync(input.Member, user, ct);
        if (member is null)
        {
            return Payload<OrganizationMember>.Failed(errors);
        }

        return await LeavesAsync(member, ct);
    }

    public async Task<Payload<OrganizationMember>> ChangeRoleAsync(ChangeMemberRoleInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (member, errors) = await ManagedMemberAsync(input.Member, user, ct);
        if (member is null)
        {
            return Payload<OrganizationMember>.Failed(errors);
        }

        if (member.Role == MemberRole.Owner && input.Role != MemberRole.Owner && await OwnersAsync(member.OrganizationId, ct) <= 1)
        {
            return Payload<OrganizationMember>.Failed("role", UserErrorCode.Conflict, LastOwner);
        }

        member.Role = input.Role;
        await db.SaveChangesAsync(ct);
        return Payload<OrganizationMember>.Done(member);
    }

    /// <summary>The caller (an owner, or a planner for anyone) makes another member owner and becomes an editor.</summary>
    public async Task<Payload<OrganizationMember>> HandOverAsync(MemberIdInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (member, errors) = await ManagedMemberAsync(input.Member, user, ct);
        if (member is null)
        {
            return Payload<OrganizationMember>.Failed(errors);
        }

        var subject = access.SubjectOf(user);
        if (member.Subject == subject)
        {
            return Payload<OrganizationMember>.Failed("member", UserErrorCode.Invalid, "Bitte ein anderes Mitglied wählen: Sie sind schon Inhaber.");
        }

        member.Role = MemberRole.Owner;
        var self = await db.OrganizationMembers.FirstOrDefaultAsync(m => m.OrganizationId == member.OrganizationId && m.Subject == subject, ct);
        if (self is not null)
        {
            self.Role = MemberRole.Editor;
        }

        await db.SaveChangesAsync(ct);
        return Payload<OrganizationMember>.Done(member);
    }

    public async Task<Payload<OrganizationMember>> LeaveAsync(OrganizationIdInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var organization = await MemberIds.OrganizationAsync(db, input.Organization, "organization", errors, ct);
        var subject = access.SubjectOf(user);
        var member = organization is null ? null
            : await db.OrganizationMembers.Include(m => m.Organization).FirstOrDefaultAsync(m => m.OrganizationId == organization.Id && m.Subject == subject, ct);
        if (organization is not null && member is null)
        {
            errors.Add("organization", UserErrorCode.NotFound, "Sie sind kein Mitglied dieser Organisation.");
        }

        return member is null ? Payload<OrganizationMember>.Failed(errors) : await LeavesAsync(member, ct);
    }

    private async Task<Payload<OrganizationMember>> LeavesAsync(OrganizationMember member, CancellationToken ct)
    {
        if (member.Role == MemberRole.Owner && await OwnersAsync(member.OrganizationId, ct) <= 1)
        {
            return Payload<OrganizationMember>.Failed("member", UserErrorCode.Conflict, LastOwner);
        }

        db.OrganizationMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return Payload<OrganizationMember>.Done(member);
    }

    private async Task<Payload<MembershipRequest>> DecideAsync(MembershipRequestIdInput input, ClaimsPrincipal user, bool approve, CancellationToken ct)
    {
        var errors = new UserErrors();
        var request = await MemberIds.FindAsync(db.MembershipRequests.Include(r => r.Organization), MemberIds.Request, input.Request, "request",
            "Diese Anfrage gibt es nicht.", errors, ct);
        if (request is null)
        {
            return Payload<MembershipRequest>.Failed(errors);
        }

        if (!await access.CanManageMembersAsync(user, request.OrganizationId, ct))
        {
            return Payload<MembershipRequest>.Failed("request", UserErrorCode.NotAllowed, OwnersOnly);
        }

        if (request.Status != MembershipRequestStatus.Pending)
        {
            return Payload<MembershipRequest>.Failed("request", UserErrorCode.Conflict, "Über diese Anfrage ist schon entschieden.");
        }

        (request.Status, request.DecidedAt) = (approve ? MembershipRequestStatus.Approved : MembershipRequestStatus.Declined, time.GetUtcNow().UtcDateTime);
        if (approve && !await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == request.OrganizationId && m.Subject == request.Subject, ct))
        {
            db.OrganizationMembers.Add(new OrganizationMember
            {
                OrganizationId = request.OrganizationId, Subject = request.Subject, DisplayName = request.DisplayName, Email = request.Email, Role = MemberRole.Editor,
            });
        }

        await db.SaveChangesAsync(ct);
        return Payload<MembershipRequest>.Done(request);
    }

    private async Task<(OrganizationMember? Member, UserErrors Errors)> ManagedMemberAsync(string? id, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var member = await MemberIds.MemberAsync(db, id, errors, ct);
        if (member is not null && !await access.CanManageMembersAsync(user, member.OrganizationId, ct))
        {
            errors.Add("member", UserErrorCode.NotAllowed, OwnersOnly);
            member = null;
        }

        return (member, errors);
    }

    private Task<int> OwnersAsync(int organizationId, CancellationToken ct) =>
        db.OrganizationMembers.CountAsync(m => m.OrganizationId == organizationId && m.Role == MemberRole.Owner, ct);
}
