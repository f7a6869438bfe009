using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// Owners invite by e-mail; the invited person accepts with the token from the link while signed in. Only the
/// token's hash is stored (ADR 0014); an invitation is used once and expires after <see cref="MembershipOptions.InvitationLifetime"/>.
/// </summary>
public sealed class Invitations(ApiDbContext db, OrganizationAccess access, IOptions<MembershipOptions> options, TimeProvider time)
{
    private const int TokenBytes = 32;

    public async Task<Payload<CreatedInvitation>> InviteAsync(InviteMemberInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var email = OrganizationFields.Email("email", input.Email, errors, required: true);
        var organization = await MemberIds.OrganizationAsync(db, input.Organization, "organization", errors, ct);
        if (organization is not null && !await access.CanManageMembersAsync(user, organization.Id, ct))
        {
            return Payload<CreatedInvitation>.Failed("organization", UserErrorCode.NotAllowed, "Einladen dürfen nur die Inhaber dieser Organisation.");
        }

        if (organization is not null && email is not null
            && await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == organization.Id && m.Email.ToLower() == email.ToLowerInvariant(), ct))
        {
            errors.Add("email", UserErrorCode.AlreadyDone, $"{email} ist schon Mitglied dieser Organisation.");
        }

        if (organization is null || errors.Count > 0)
        {
            return Payload<CreatedInvitation>.Failed(errors);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow().UtcDateTime;
        var person = Person.Of(user);
        var invitation = new MemberInvitation
        {
            Organization = organization, Email = email!, Role = input.Role, TokenHash = Hash(token),
            InvitedBySubject = person.Subject, InvitedByName = person.Name, CreatedAt = now, ExpiresAt = now + options.Value.InvitationLifetime,
        };
        db.MemberInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return Payload<CreatedInvitation>.Done(new CreatedInvitation(invitation, token));
    }

    public async Task<Payload<CreatedInvitation>> AcceptAsync(AcceptInvitationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = Person.Of(user);
        var errors = new UserErrors();
        OrganizationEditing.RequireAddress(person, errors);
        var token = errors.Text("token", "Der Einladungscode", input.Token, 200);
        var hash = token is null ? null : Hash(token);
        var invitation = hash is null ? null
            : await db.MemberInvitations.Include(i => i.Organization).FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (token is not null)
        {
            var problem = invitation switch
            {
                null => "Diese Einladung gibt es nicht. Bitte prüfen Sie den Link aus der E-Mail.",
                { AcceptedAt: not null } => "Diese Einladung wurde schon angenommen.",
                { RevokedAt: not null } => "Diese Einladung wurde zurückgezogen.",
                _ when invitation.ExpiresAt <= now => $"Diese Einladung ist am {invitation.ExpiresAt:dd.MM.yyyy} abgelaufen. Bitten Sie um eine neue.",
                _ => null,
            };
            if (problem is not null)
            {
                errors.Add("token", invitation is null ? UserErrorCode.NotFound : UserErrorCode.Conflict, problem);
            }
        }

        if (invitation is null || errors.Count > 0)
        {
            return Payload<CreatedInvitation>.Failed(errors);
        }

        (invitation.AcceptedAt, invitation.AcceptedBySubject) = (now, person.Subject);
        var member = await db.OrganizationMembers.FirstOrDefaultAsync(m => m.OrganizationId == invitation.OrganizationId && m.Subject == person.Subject, ct);
        if (member is null)
        {
            db.OrganizationMembers.Add(new OrganizationMember
            {
                OrganizationId = invitation.OrganizationId, Subject = person.Subject, DisplayName = person.Name, Email = person.Email!, Role = invitation.Role,
            });
        }
        else if (invitation.Role == MemberRole.Owner)
        {
            // An invitation never demotes: an owner invited as editor stays owner.
            member.Role = MemberRole.Owner;
        }

        await db.SaveChangesAsync(ct);
        return Payload<CreatedInvitation>.Done(new CreatedInvitation(invitation, null));
    }

    public async Task<Payload<CreatedInvitation>> RevokeAsync(InvitationIdInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var invitation = await MemberIds.FindAsync(db.MemberInvitations.Include(i => i.Organization), MemberIds.Invitation, input.Invitation,
            "invitation", "Diese Einladung gibt es nicht.", errors, ct);
        if (invitation is not null && !await access.CanManageMembersAsync(user, invitation.OrganizationId, ct))
        {
            return Payload<CreatedInvitation>.Failed("invitation", UserErrorCode.NotAllowed, "Zurückziehen dürfen nur die Inhaber dieser Organisation.");
        }

        if (invitation is not null && (invitation.AcceptedAt is not null || invitation.RevokedAt is not null))
        {
            errors.Add("invitation", UserErrorCode.Conflict, "Diese Einladung ist schon angenommen oder zurückgezogen.");
        }

        if (invitation is null || errors.Count > 0)
        {
            return Payload<CreatedInvitation>.Failed(errors);
        }

        invitation.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Payload<CreatedInvitation>.Done(new CreatedInvitation(invitation, null));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
