using System.Security.Claims;
using GraphQL.Types;
using SozialHub.Api.Contributions;
using SozialHub.Api.Database;
using SozialHub.Api.Editing;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Locations.Editing;

/// <summary>Places of an organisation, for its members and planners; the social space comes from the pin (point-in-polygon).</summary>
public sealed class LocationEditor(ApiDbContext db, OrganizationAccess access)
{
    public const string NotYours = "Sie können nur Orte von Organisationen bearbeiten, denen Sie angehören.";

    public async Task<EditPayload<Location>> CreateAsync(LocationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var organization = await DirectoryIds.FindAsync(db.Organizations, input.Organization, "organization", "diese Organisation", errors, ct);
        if (organization is null)
        {
            return EditPayload<Location>.Failed(errors);
        }

        if (!await access.CanEditAsync(user, organization.Id, ct))
        {
            return DirectorySaving.NotAllowed<Location>("organization", NotYours);
        }

        var location = new Location { Name = "", OrganizationId = organization.Id };
        await ApplyAsync(location, input, errors, ct);
        if (errors.Count == 0)
        {
            db.Locations.Add(location);
        }

        return await db.SaveAsync(location, null, errors, ct);
    }

    public async Task<EditPayload<Location>> UpdateAsync(LocationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var (location, refused) = await db.FindForUpdateAsync(
            access, user, db.Locations, input.Id, input.Version, l => l.OrganizationId, "diesen Ort", NotYours, ct);
        if (location is null)
        {
            return refused!;
        }

        var errors = new UserErrors();
        await ApplyAsync(location, input, errors, ct);
        return await db.SaveAsync(location, input.Version, errors, ct);
    }

    private async Task ApplyAsync(Location location, LocationInput input, UserErrors errors, CancellationToken ct)
    {
        location.Name = errors.Text("name", "Der Name", input.Name, Limits.Name) ?? "";
        location.Address.Street = errors.Text("street", "Die Straße", input.Street, Limits.Street, required: false);
        location.Address.PostalCode = errors.Text("postalCode", "Die Postleitzahl", input.PostalCode, Limits.PostalCode, required: false);
        errors.InvalidIf(location.Address.PostalCode is { } code && (code.Length != 5 || !code.All(char.IsAsciiDigit)), "postalCode",
            "Die Postleitzahl hat fünf Ziffern, z. B. 66740.");
        location.Address.City = errors.Text("city", "Der Ort", input.City, Limits.City, required: false);
        location.Accessibility = errors.Text("accessibility", "Der Hinweis zur Barrierefreiheit", input.Accessibility, Limits.Message, required: false);
        if (input.Latitude is not { } latitude || input.Longitude is not { } longitude)
        {
            errors.Add(input.Latitude is null ? "latitude" : "longitude", UserErrorCode.Required, "Bitte den Ort auf der Karte markieren oder Breite und Länge eingeben.");
            return;
        }

        (location.Latitude, location.Longitude) = (latitude, longitude);
        location.SocialSpaceId = latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? await SocialSpaceLocator.LocateAsync(db, latitude, longitude, ct)
            : null;
        errors.InvalidIf(location.SocialSpaceId is null, "latitude",
            "Der Punkt (Breite/Länge) liegt außerhalb der Stadt. Bitte einen Ort im Stadtgebiet wählen.");
    }
}

/// <summary><c>createLocation</c>, <c>updateLocation</c>.</summary>
internal sealed class LocationMutations : IMutationFields
{
    private const string Members = " Members of the location's organisation and planners.";

    public void AddTo(ObjectGraphType mutation)
    {
        Edit<CreateLocationInputType>(mutation, "createLocation",
            "Create a place of an organisation from a pin (or coordinates) in the city; the social space is assigned from the point." + Members,
            (s, i, u, ct) => s.CreateAsync(i, u, ct));
        Edit<UpdateLocationInputType>(mutation, "updateLocation",
            "Change all fields of a location; CONFLICT when it was changed since the version sent." + Members, (s, i, u, ct) => s.UpdateAsync(i, u, ct));
    }

    private static void Edit<TInputType>(
        ObjectGraphType mutation, string name, string description, Func<LocationEditor, LocationInput, ClaimsPrincipal, CancellationToken, Task<EditPayload<Location>>> run)
        where TInputType : IInputObjectGraphType =>
        DirectoryFields.Edit<LocationPayloadType, Location, TInputType, LocationInput, LocationEditor>(mutation, name, description, run);
}
