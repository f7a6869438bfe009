using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Editing;

/// <summary>Members write their organisation's offerings with all fields; others may not; bad input stores nothing.</summary>
[Collection(ApiCollection.Collection)]
public sealed class OfferingEditingTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_member_creates_an_offering_with_a_location_and_opening_hours_and_changes_it(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var a = (await api.OrganizationsAsync())[0];
        var editor = await api.MemberAsync("Anna Angebot", a);
        var (latitude, longitude) = await api.PointInCityAsync();
        var location = await api.CreateLocationAsync(editor, new
        {
            organization = EditingApi.Id("Organization", a), name = "Treffpunkt Anna", street = "Hauptstraße 1", postalCode = "66740", city = "Saarlouis",
            latitude, longitude, accessibility = "Stufenloser Eingang",
        });
        var created = await api.CreateOfferingAsync(editor, Offering(a, "Hausaufgabenhilfe Anna", location.GetProperty("id").GetString()!));
        var input = Offering(a, "Hausaufgabenhilfe am Nachmittag", location.GetProperty("id").GetString()!);
        var updated = await api.SucceedAsync(editor, "updateOffering", "UpdateOfferingInput",
            With(input, id: created.GetProperty("id").GetString()!, version: created.Version(), languages: new[] { "de" }), "offering", EditingApi.OfferingFields);
        var reviewed = await api.SucceedAsync(editor, "confirmOfferingReviewed", "OfferingActionInput",
            new { id = created.GetProperty("id").GetString() }, "offering", EditingApi.OfferingFields);

        Assert.False(string.IsNullOrEmpty(location.GetProperty("socialSpace").GetProperty("key").GetString()));
        Assert.Equal("Stufenloser Eingang", location.GetProperty("accessibility").GetString());
        Assert.Equal("DRAFT", created.GetProperty("publication").GetString());
        Assert.Equal(["de", "tr"], created.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("AMOUNT", created.GetProperty("cost").GetProperty("kind").GetString());
        Assert.Equal(2.5, created.GetProperty("cost").GetProperty("amount").GetDouble());
        Assert.Equal(2, created.GetProperty("schedules").GetArrayLength());
        Assert.Equal("16:30:00", created.GetProperty("schedules")[0].GetProperty("closesAt").GetString());
        Assert.Equal(location.GetProperty("id").GetString(), created.GetProperty("schedules")[0].GetProperty("location").GetProperty("id").GetString());
        Assert.Equal(["education"], created.GetProperty("actionFields").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        Assert.Equal("Hausaufgabenhilfe am Nachmittag", updated.GetProperty("name").GetString());
        Assert.Equal(["de"], updated.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(created.Version() + 1, updated.Version());
        Assert.True(reviewed.GetProperty("lastReviewedAt").GetDateTime() >= created.GetProperty("lastReviewedAt").GetDateTime());
        Assert.Equal(updated.Version() + 1, reviewed.Version());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Only_members_of_the_organisation_and_planners_may_write_its_offerings(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var (a, b) = await api.OrganizationsAsync() is [var first, var second] ? (first, second) : default;
        var editor = await api.MemberAsync("Alma A", a);
        var otherMember = await api.MemberAsync("Bodo B", b);
        var citizen = ParticipationApi.Person("Carl Citizen", "citizen");
        var planner = ParticipationApi.Person("Petra Plan", "planner");
        var offering = await api.CreateOfferingAsync(editor, new { organization = EditingApi.Id("Organization", a), name = "Nur für A", isOnline = true });
        var id = offering.GetProperty("id").GetString()!;
        var update = new { id, version = offering.Version(), name = "Übernommen", isOnline = true };

        var byCitizen = await api.OfferingAsync(citizen, "createOffering", new { organization = EditingApi.Id("Organization", a), name = "x", isOnline = true });
        var byOther = await api.OfferingAsync(otherMember, "updateOffering", update);
        var deleteByOther = await api.OfferingAsync(otherMember, "deleteOffering", new { id });
        var byPlanner = await api.OfferingAsync(planner, "updateOffering", update);
        var deleted = await api.OfferingAsync(editor, "deleteOffering", new { id, version = offering.Version() + 1 });
        var gone = await api.OfferingAsync(editor, "updateOffering", update);

        Assert.Equal([("organization", "NOT_ALLOWED")], byCitizen.Errors());
        Assert.Equal([("id", "NOT_ALLOWED")], byOther.Errors());
        Assert.Equal([("id", "NOT_ALLOWED")], deleteByOther.Errors());
        Assert.Empty(byPlanner.Errors());
        Assert.Empty(deleted.Errors());
        Assert.Equal([("id", "NOT_FOUND")], gone.Errors());
        Assert.Equal(0, await api.CountAsync(db => db.Offerings.CountAsync(o => o.Name == "x" || o.Name == "Nur für A" || o.Name == "Übernommen")));
    }

    // Each: the problem, the fields that differ from a valid input (JSON), the field the error must name.
    private static readonly (string Problem, string Change, string Field)[] BadInputs =
    [
        ("closes before opens", """{ "schedules": [{ "weekday": "MONDAY", "opensAt": "14:00:00", "closesAt": "09:00:00" }] }""", "schedules[0].closesAt"),
        ("overlapping rows", """{ "schedules": [{ "weekday": "MONDAY", "opensAt": "09:00:00", "closesAt": "12:00:00" }, { "weekday": "MONDAY", "opensAt": "11:00:00", "closesAt": "13:00:00" }] }""", "schedules[1].opensAt"),
        ("overlapping exception", """{ "schedules": [{ "weekday": "MONDAY", "opensAt": "09:00:00", "closesAt": "12:00:00" }, { "weekday": "MONDAY", "opensAt": "10:00:00", "closesAt": "11:00:00", "validFrom": "2026-12-21", "validTo": "2027-01-06" }] }""", "schedules[1].opensAt"),
        ("validity reversed", """{ "schedules": [{ "weekday": "MONDAY", "opensAt": "09:00:00", "closesAt": "12:00:00", "validFrom": "2026-12-31", "validTo": "2026-01-01" }] }""", "schedules[0].validTo"),
        ("unknown action field", """{ "actionFields": ["education", "no-such-field"] }""", "actionFields[1]"),
        ("unknown target group", """{ "targetGroups": ["no-such-group"] }""", "targetGroups[0]"),
        ("bad language", """{ "languages": ["Deutsch"] }""", "languages[0]"),
        ("too long name", $$"""{ "name": "{{new string('x', 201)}}" }""", "name"),
        ("empty name", """{ "name": "  " }""", "name"),
        ("too long description", $$"""{ "description": "{{new string('x', 10_001)}}" }""", "description"),
        ("ages reversed", """{ "minimumAge": 12, "maximumAge": 6 }""", "maximumAge"),
        ("amount without kind", """{ "costAmount": 5.0 }""", "costAmount"),
        ("amount missing", """{ "costKind": "AMOUNT" }""", "costAmount"),
        ("bad e-mail", """{ "email": "keine-adresse" }""", "email"),
        ("bad website", """{ "website": "javascript:alert(1)" }""", "website"),
        ("no place", """{ "isOnline": false }""", "locations"),
        ("unknown location", $$"""{ "locations": ["{{EditingApi.Id("Location", 999_999)}}"] }""", "locations[0]"),
    ];

    [Theory]
    [MemberData(nameof(BadInputsOnBothDatabases))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_stored(DatabaseProvider provider, string problem, string change, string field)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var a = (await api.OrganizationsAsync())[0];
        var editor = await api.MemberAsync("Berta Bad", a);
        var name = $"Falsch {Guid.NewGuid():N}";
        var input = Merge(new { organization = EditingApi.Id("Organization", a), name, isOnline = true }, JsonSerializer.Deserialize<JsonElement>(change));
        var before = await api.CountAsync(db => db.OfferingSchedules.CountAsync());

        var payload = await api.OfferingAsync(editor, "createOffering", input);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.True(field == error.GetProperty("field").GetString(), $"{problem}: {payload}");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("offering").ValueKind);
        Assert.Equal(0, await api.CountAsync(db => db.Offerings.CountAsync(o => o.Name == name)));
        Assert.Equal(before, await api.CountAsync(db => db.OfferingSchedules.CountAsync()));
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadInputsOnBothDatabases()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        DatabaseProvider[] providers = MariaDbServer.Skipped ? [DatabaseProvider.Sqlite] : [DatabaseProvider.Sqlite, DatabaseProvider.MySql];
        foreach (var provider in providers)
        {
            foreach (var (problem, change, field) in BadInputs)
            {
                data.Add(provider, problem, change, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_bad_update_leaves_the_stored_offering_as_it_was(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var a = (await api.OrganizationsAsync())[0];
        var editor = await api.MemberAsync("Gerda Gut", a);
        var offering = await api.CreateOfferingAsync(editor, new
        {
            organization = EditingApi.Id("Organization", a), name = "Bleibt so", isOnline = true, schedules = new[] { Slot("FRIDAY", "10:00:00", "11:00:00") },
        });

        var payload = await api.OfferingAsync(editor, "updateOffering", new
        {
            id = offering.GetProperty("id").GetString(), version = offering.Version(), name = "Halb gespeichert", isOnline = true,
            schedules = new[] { Slot("FRIDAY", "10:00:00", "09:00:00") },
        });
        var stored = await api.Participation.Client(editor).QueryAsync(
            $"query($id: ID!) {{ node(id: $id) {{ ... on Offering {{ {EditingApi.OfferingFields} }} }} }}", new { id = offering.GetProperty("id").GetString() });

        Assert.Equal([("schedules[0].closesAt", "INVALID")], payload.Errors());
        Assert.Equal("Bleibt so", stored.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(offering.Version(), stored.GetProperty("node").Version());
        Assert.Equal("11:00:00", stored.GetProperty("node").GetProperty("schedules")[0].GetProperty("closesAt").GetString());
    }

    private static object Offering(int organizationId, string name, string locationId) => new
    {
        organization = EditingApi.Id("Organization", organizationId),
        name,
        description = "Hilfe bei den **Hausaufgaben**.",
        status = "ACTIVE",
        actionFields = new[] { "education" },
        targetGroups = Array.Empty<string>(),
        minimumAge = 6,
        maximumAge = 12,
        eligibility = "Schulkinder aus dem Stadtteil",
        costKind = "AMOUNT",
        costAmount = 2.5,
        costNote = "je Nachmittag",
        languages = new[] { "tr", "de", "de" },
        applicationProcess = "Einfach vorbeikommen.",
        contactName = "Anna Angebot",
        email = "anna@example.org",
        phone = "06831 123",
        website = "https://example.org",
        isOnline = false,
        locations = new[] { locationId },
        schedules = new object[]
        {
            new { weekday = "MONDAY", opensAt = "14:00:00", closesAt = "16:30:00", location = locationId },
            new { weekday = "TUESDAY", opensAt = "10:00:00", closesAt = "12:00:00", location = locationId, validFrom = "2026-12-21", validTo = "2027-01-06", note = "nur in den Ferien" },
        },
    };

    private static object Slot(string weekday, string opensAt, string closesAt) => new { weekday, opensAt, closesAt };

    private static Dictionary<string, object?> With(object input, string id, int version, string[] languages)
    {
        var merged = Merge(input, new { id, version, languages });
        merged.Remove("organization");
        return merged;
    }

    private static Dictionary<string, object?> Merge(object input, object change)
    {
        var merged = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(input))!;
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(change))!)
        {
            merged[key] = value;
        }

        return merged;
    }
}
