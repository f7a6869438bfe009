using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Editing;

/// <summary>Locations from a pin in the city (the social space assigned by point-in-polygon) and facilities at them.</summary>
[Collection(ApiCollection.Collection)]
public sealed class LocationAndFacilityTests(ApiEnvironment environment)
{
    private const string FacilityFields = "id version name kind capacity operator { id } location { id }";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_pin_outside_the_city_is_refused_naming_the_field_and_a_moved_pin_changes_the_social_space(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var a = (await api.OrganizationsAsync())[0];
        var organization = EditingApi.Id("Organization", a);
        var editor = await api.MemberAsync("Lotte Lage", a);
        var (latitude, longitude) = await api.PointInCityAsync();

        var outside = await api.MutateAsync(editor, "createLocation", "CreateLocationInput",
            new { organization, name = "Paris", latitude = 48.8566, longitude = 2.3522 }, "location", EditingApi.LocationFields);
        var badPostalCode = await api.MutateAsync(editor, "createLocation", "CreateLocationInput",
            new { organization, name = "PLZ", postalCode = "6674", latitude, longitude }, "location", EditingApi.LocationFields);
        var created = await api.CreateLocationAsync(editor, new { organization, name = "Büro Lotte", latitude, longitude });
        var stale = await api.MutateAsync(editor, "updateLocation", "UpdateLocationInput",
            new { id = created.GetProperty("id").GetString(), version = created.Version() - 1, name = "Alt", latitude, longitude }, "location", EditingApi.LocationFields);
        var renamed = await api.SucceedAsync(editor, "updateLocation", "UpdateLocationInput",
            new { id = created.GetProperty("id").GetString(), version = created.Version(), name = "Büro Lotte (2. OG)", latitude, longitude, accessibility = "Aufzug" },
            "location", EditingApi.LocationFields);

        Assert.Equal([("latitude", "INVALID")], outside.Errors());
        Assert.Contains("außerhalb der Stadt", outside.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal([("postalCode", "INVALID")], badPostalCode.Errors());
        Assert.Equal(0, await api.CountAsync(db => db.Locations.CountAsync(l => l.Name == "Paris" || l.Name == "PLZ")));
        Assert.Equal([("version", "CONFLICT")], stale.Errors());
        Assert.Equal("Büro Lotte (2. OG)", renamed.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("socialSpace").GetProperty("key").GetString(), renamed.GetProperty("socialSpace").GetProperty("key").GetString());
        Assert.Equal(created.Version() + 1, renamed.Version());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_member_runs_facilities_at_their_own_locations_only(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var (a, b) = await api.OrganizationsAsync() is [var first, var second] ? (first, second) : default;
        var (organizationA, organizationB) = (EditingApi.Id("Organization", a), EditingApi.Id("Organization", b));
        var editorA = await api.MemberAsync("Kai Kita", a);
        var editorB = await api.MemberAsync("Berta B", b);
        var (latitude, longitude) = await api.PointInCityAsync();
        var placeA = (await api.CreateLocationAsync(editorA, new { organization = organizationA, name = "Haus A", latitude, longitude })).GetProperty("id").GetString();
        var placeB = (await api.CreateLocationAsync(editorB, new { organization = organizationB, name = "Haus B", latitude, longitude })).GetProperty("id").GetString();

        var created = await api.SucceedAsync(editorA, "createFacility", "CreateFacilityInput",
            new { @operator = organizationA, location = placeA, name = "Kita Sonnenschein", kind = "DAY_CARE", capacity = 45 }, "facility", FacilityFields);
        var foreignPlace = await api.MutateAsync(editorA, "createFacility", "CreateFacilityInput",
            new { @operator = organizationA, location = placeB, name = "Fremd", kind = "OTHER" }, "facility", FacilityFields);
        var foreignOperator = await api.MutateAsync(editorA, "createFacility", "CreateFacilityInput",
            new { @operator = organizationB, location = placeB, name = "Fremd", kind = "OTHER" }, "facility", FacilityFields);
        var negative = await api.MutateAsync(editorA, "updateFacility", "UpdateFacilityInput",
            new { id = created.GetProperty("id").GetString(), version = created.Version(), @operator = organizationA, location = placeA, name = "Kita", kind = "DAY_CARE", capacity = -1 },
            "facility", FacilityFields);
        var byB = await api.MutateAsync(editorB, "updateFacility", "UpdateFacilityInput",
            new { id = created.GetProperty("id").GetString(), version = created.Version(), @operator = organizationB, location = placeB, name = "Gekapert", kind = "OTHER" },
            "facility", FacilityFields);
        var updated = await api.SucceedAsync(editorA, "updateFacility", "UpdateFacilityInput",
            new { id = created.GetProperty("id").GetString(), version = created.Version(), @operator = organizationA, location = placeA, name = "Kita Sonnenschein", kind = "DAY_CARE", capacity = 50 },
            "facility", FacilityFields);

        Assert.Equal(45, created.GetProperty("capacity").GetInt32());
        Assert.Equal([("location", "INVALID")], foreignPlace.Errors());
        Assert.Equal([("operator", "NOT_ALLOWED")], foreignOperator.Errors());
        Assert.Equal([("capacity", "INVALID")], negative.Errors());
        Assert.Equal([("id", "NOT_ALLOWED")], byB.Errors());
        Assert.Equal(50, updated.GetProperty("capacity").GetInt32());
        Assert.Equal(created.Version() + 1, updated.Version());
        Assert.Equal(0, await api.CountAsync(db => db.Facilities.CountAsync(f => f.Name == "Fremd" || f.Name == "Gekapert")));
    }
}
