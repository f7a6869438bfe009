using System.Security.Claims;
using GraphQL.Types;
using SozialHub.Api.Database;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Locations;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Facilities.Editing;

/// <summary>Facilities of an operator, for its members and planners, at one of the operator's locations.</summary>
public sealed class FacilityEditor(ApiDbContext db, OrganizationAccess access)
{
    public const int MaxCapacity = 100_000;

    public const string NotYours = "Sie können nur Einrichtungen von Organisationen bearbeiten, denen Sie angehören.";

    public async Task<EditPayload<Facility>> CreateAsync(FacilityInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var facility = new Facility { Name = "" };
        var errors = new UserErrors();
        if (await ApplyAsync(facility, input, user, errors, ct) is { } refused)
        {
            return refused;
        }

        if (errors.Count == 0)
        {
            db.Facilities.Add(facility);
        }

        return await db.SaveAsync(facility, null, errors, ct);
    }

    public async Task<EditPayload<Facility>> UpdateAsync(FacilityInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (facility, refused) = await db.FindForUpdateAsync(
            access, user, db.Facilities, input.Id, input.Version, f => f.OperatorId, "diese Einrichtung", NotYours, ct);
        if (facility is null)
        {
            return refused!;
        }

        var errors = new UserErrors();
        return await ApplyAsync(facility, input, user, errors, ct) ?? await db.SaveAsync(facility, input.Version, errors, ct);
    }

    /// <summary>Copies the checked fields; a NOT_ALLOWED payload when the caller may not act for the operator named.</summary>
    private async Task<EditPayload<Facility>?> ApplyAsync(Facility facility, FacilityInput input, ClaimsPrincipal user, UserErrors errors, CancellationToken ct)
    {
        var organization = await DirectoryIds.FindAsync(db.Organizations, input.Operator, "operator", "diese Organisation", errors, ct);
        if (organization is not null && !await access.CanEditAsync(user, organization.Id, ct))
        {
            db.ChangeTracker.Clear();
            return DirectorySaving.NotAllowed<Facility>("operator", NotYours);
        }

        var location = await DirectoryIds.FindAsync(db.Locations, input.Location, "location", "diesen Ort", errors, ct);
        errors.InvalidIf(location is not null && organization is not null && location.OrganizationId != organization.Id && !access.IsPlanner(user),
            "location", "Der Ort gehört nicht zum Träger der Einrichtung.");
        facility.Name = errors.Text("name", "Der Name", input.Name, Limits.Name) ?? "";
        facility.Kind = input.Kind ?? FacilityKind.Other;
        facility.Capacity = input.Capacity;
        errors.InvalidIf(input.Capacity is < 0 or > MaxCapacity, "capacity", $"Die Zahl der Plätze muss zwischen 0 und {MaxCapacity} liegen.");
        (facility.Operator, facility.Location) = (organization, location!);
        return null;
    }
}

/// <summary><c>createFacility</c>, <c>updateFacility</c>.</summary>
internal sealed class FacilityMutations : IMutationFields
{
    private const string Members = " Members of the operating organisation and planners.";

    public void AddTo(ObjectGraphType mutation)
    {
        DirectoryFields.Edit<FacilityPayloadType, Facility, CreateFacilityInputType, FacilityInput, FacilityEditor>(mutation, "createFacility",
            "Create a facility (Einrichtung) with its kind, capacity and operator at one of the operator's locations." + Members,
            (s, i, u, ct) => s.CreateAsync(i, u, ct));
        DirectoryFields.Edit<FacilityPayloadType, Facility, UpdateFacilityInputType, FacilityInput, FacilityEditor>(mutation, "updateFacility",
            "Change all fields of a facility; CONFLICT when it was changed since the version sent." + Members,
            (s, i, u, ct) => s.UpdateAsync(i, u, ct));
    }
}
