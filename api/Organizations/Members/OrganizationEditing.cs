using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Organizations.Members;

/// <summary>
/// A person requests a new organisation (unverified, with them as its owner); members update its description and
/// contacts; planners verify it and decide whether its changes need review. Everything is checked before anything is
/// stored.
/// </summary>
public sealed class OrganizationEditing(ApiDbContext db, OrganizationAccess access)
{
    public async Task<Payload<Organization>> RequestAsync(RequestOrganizationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var person = Person.Of(user);
        var errors = new UserErrors();
        RequireAddress(person, errors);
        var name = errors.Text("name", "Der Name", input.Name, Limits.Name);
        if (name is not null && await NameTakenAsync(name, ct))
        {
            errors.Add("name", UserErrorCode.Duplicate, $"Eine Organisation mit dem Namen „{name}“ gibt es schon. Bitten Sie dort um Aufnahme oder wählen Sie einen anderen Namen.");
        }

        var organization = new Organization
        {
            Name = name ?? "",
            LegalStatus = errors.Text("legalStatus", "Die Rechtsform", input.LegalStatus, Limits.Code, required: false),
            RegisterNumber = errors.Text("registerNumber", "Die Registernummer", input.RegisterNumber, Limits.Code, required: false),
        };
        if (input.ParentOrganization is not null)
        {
            organization.ParentOrganizationId = (await MemberIds.OrganizationAsync(db, input.ParentOrganization, "parentOrganization", errors, ct))?.Id;
        }

        OrganizationFields.Apply(organization, input, errors);
        if (errors.Count > 0)
        {
            return Payload<Organization>.Failed(errors);
        }

        db.Organizations.Add(organization);
        db.OrganizationMembers.Add(new OrganizationMember
        {
            Organization = organization, Subject = person.Subject, DisplayName = person.Name, Email = person.Email!, Role = MemberRole.Owner,
        });
        await db.SaveChangesAsync(ct);
        return Payload<Organization>.Done(organization);
    }

    public async Task<Payload<Organization>> UpdateAsync(UpdateOrganizationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var organization = await MemberIds.OrganizationAsync(db, input.Organization, "organization", errors, ct);
        if (organization is null)
        {
            return Payload<Organization>.Failed(errors);
        }

        if (!await access.CanEditAsync(user, organization.Id, ct))
        {
            return Payload<Organization>.Failed("organization", UserErrorCode.NotAllowed, "Diese Organisation können nur ihre Mitglieder bearbeiten.");
        }

        OrganizationFields.Apply(organization, input, errors);
        if (errors.Count > 0)
        {
            return Payload<Organization>.Failed(errors);
        }

        await db.SaveChangesAsync(ct);
        return Payload<Organization>.Done(organization);
    }

    public Task<Payload<Organization>> VerifyAsync(OrganizationIdInput input, ClaimsPrincipal user, CancellationToken ct) =>
        PlannerSetsAsync(input.Organization, user, o => o.IsVerified = true, ct);

    public Task<Payload<Organization>> SetRequiresReviewAsync(SetOrganizationRequiresReviewInput input, ClaimsPrincipal user, CancellationToken ct) =>
        PlannerSetsAsync(input.Organization, user, o => o.RequiresReview = input.RequiresReview, ct);

    /// <summary>A person needs a confirmed address: owners and requesters are written to.</summary>
    internal static void RequireAddress(Person person, UserErrors errors)
    {
        if (!person.HasConfirmedEmail)
        {
            errors.Add(null, UserErrorCode.EmailNotConfirmed, "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.");
        }
        else if (person.Email is null)
        {
            errors.Add(null, UserErrorCode.Required, "Ihre Anmeldung nennt keine E-Mail-Adresse. Bitte melden Sie sich ab und wieder an.");
        }
    }

    private Task<bool> NameTakenAsync(string name, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        return db.Organizations.AnyAsync(o => o.Name.Trim().ToLower() == lower, ct);
    }

    private async Task<Payload<Organization>> PlannerSetsAsync(string? id, ClaimsPrincipal user, Action<Organization> change, CancellationToken ct)
    {
        var errors = new UserErrors();
        var organization = await MemberIds.OrganizationAsync(db, id, "organization", errors, ct);
        if (organization is null)
        {
            return Payload<Organization>.Failed(errors);
        }

        if (!access.IsPlanner(user))
        {
            return Payload<Organization>.Failed("organization", UserErrorCode.NotAllowed, "Das dürfen nur Sozialplanerinnen und Sozialplaner.");
        }

        change(organization);
        await db.SaveChangesAsync(ct);
        return Payload<Organization>.Done(organization);
    }
}
