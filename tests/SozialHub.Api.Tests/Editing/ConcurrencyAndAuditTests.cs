using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Editing;

/// <summary>A save based on an older version fails with CONFLICT and both versions; every change is in the audit log.</summary>
[Collection(ApiCollection.Collection)]
public sealed class ConcurrencyAndAuditTests(ApiEnvironment environment)
{
    private const string AuditQuery =
        "query($id: ID!) { auditLog(objectId: $id) { entityType operation actorName actorSubject at changes { field old new } } }";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_second_of_two_editors_gets_a_conflict_with_the_stored_version_and_nothing_is_overwritten(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var a = (await api.OrganizationsAsync())[0];
        var first = await api.MemberAsync("Frieda Erste", a);
        var second = await api.MemberAsync("Sven Zweiter", a);
        var offering = await api.CreateOfferingAsync(first, new { organization = EditingApi.Id("Organization", a), name = "Gemeinsam bearbeitet", isOnline = true });
        var id = offering.GetProperty("id").GetString()!;
        var version = offering.Version();

        var saved = await api.OfferingAsync(first, "updateOffering", new { id, version, name = "Fassung von Frieda", isOnline = true });
        var stale = await api.OfferingAsync(second, "updateOffering", new { id, version, name = "Fassung von Sven", isOnline = true });
        var staleDelete = await api.OfferingAsync(second, "deleteOffering", new { id, version });
        var retried = await api.OfferingAsync(second, "updateOffering",
            new { id, version = stale.GetProperty("current").Version(), name = "Fassung von Sven", isOnline = true });

        Assert.Empty(saved.Errors());
        Assert.Equal([("version", "CONFLICT")], stale.Errors());
        Assert.Contains("inzwischen geändert von Frieda Erste am", stale.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("offering").ValueKind);
        Assert.Equal("Fassung von Frieda", stale.GetProperty("current").GetProperty("name").GetString());
        Assert.Equal(version + 1, stale.GetProperty("current").Version());
        Assert.Equal([("version", "CONFLICT")], staleDelete.Errors());
        Assert.Equal("Fassung von Sven", retried.GetProperty("offering").GetProperty("name").GetString());
        Assert.Equal(version + 2, retried.GetProperty("offering").Version());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Planners_read_who_changed_which_fields_old_to_new_and_others_may_not(DatabaseProvider provider)
    {
        var api = await EditingApi.SharedAsync(environment, provider);
        var a = (await api.OrganizationsAsync())[0];
        var editor = await api.MemberAsync("Ada Audit", a);
        var planner = ParticipationApi.Person("Petra Plan", "planner");
        var offering = await api.CreateOfferingAsync(editor, new
        {
            organization = EditingApi.Id("Organization", a), name = "Vorher", isOnline = true,
            schedules = new[] { new { weekday = "WEDNESDAY", opensAt = "09:00:00", closesAt = "10:00:00" } },
        });
        var id = offering.GetProperty("id").GetString()!;
        await api.SucceedAsync(editor, "updateOffering", "UpdateOfferingInput",
            new { id, version = offering.Version(), name = "Nachher", isOnline = true, minimumAge = 3 }, "offering", "id");

        var log = (await api.Participation.Client(planner).QueryAsync(AuditQuery, new { id })).GetProperty("auditLog").EnumerateArray().ToList();
        using var byEditor = await api.Participation.Client(editor).PostAsJsonAsync("/graphql", new { query = AuditQuery, variables = new { id } });

        var modified = Assert.Single(log, e => e.GetProperty("entityType").GetString() == "Offering" && e.GetProperty("operation").GetString() == "MODIFIED");
        Assert.Equal("Ada Audit", modified.GetProperty("actorName").GetString());
        Assert.Equal(editor.Subject, modified.GetProperty("actorSubject").GetString());
        var changes = modified.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal(("Vorher", "Nachher"), (changes["name"].Text("old"), changes["name"].Text("new")));
        Assert.Equal((null, "3"), (changes["minimumAge"].Text("old"), changes["minimumAge"].Text("new")));
        Assert.Single(log, e => e.GetProperty("entityType").GetString() == "Offering" && e.GetProperty("operation").GetString() == "ADDED");
        Assert.Single(log, e => e.GetProperty("entityType").GetString() == "OfferingSchedule" && e.GetProperty("operation").GetString() == "ADDED");
        var deleted = Assert.Single(log, e => e.GetProperty("entityType").GetString() == "OfferingSchedule" && e.GetProperty("operation").GetString() == "DELETED");
        Assert.Contains(deleted.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "opensAt" && c.Text("old") == "09:00");
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
    }
}
