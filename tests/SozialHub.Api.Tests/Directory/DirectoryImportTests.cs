using System.Text;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Imports;
using SozialHub.Api.Organizations;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.DirectoryTests;

/// <summary>The directory importer on small deliveries: good ones are stored, bad ones refused whole with a German message.</summary>
[Collection(ApiCollection.Collection)]
public sealed class DirectoryImportTests(ApiEnvironment environment)
{
    private const string Organizations = """
        id;name;description;legal_status;parent_organization_id
        o1;Verein Testhilfe;Ein Testverein.;e.V.;
        o2;Testhilfe Ortsgruppe;Eine Ortsgruppe.;;o1
        """;

    private const string Locations = """
        id;organization_id;name;latitude;longitude;address_1;postal_code;city;social_space
        l1;o2;Testhaus;49,31;6,75;Teststraße 1;66740;Saarlouis;roden-nord
        """;

    private const string Services = """
        id;organization_id;name;status;minimum_age;cost;cost_amount;action_fields;target_groups
        s1;o2;Testangebot;active;6;amount;2,50;education;children
        """;

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_delivery_is_stored_with_its_references(DatabaseProvider provider)
    {
        var api = await ApiAsync(provider);
        var suffix = provider.ToString();

        var batch = await ImportAsync(api, Delivery(
            organizations: Organizations.Replace("Testhilfe", "Testhilfe " + suffix, StringComparison.Ordinal),
            more:
            [
                ("service_at_locations.csv", "service_id;location_id\ns1;l1"),
                ("schedules.csv", "service_id;byday;opens_at;closes_at\ns1;MO;09:00;11:30\ns1;MO;14:00;16:00"),
                ("languages.csv", "service_id;code\ns1;de\ns1;tr"),
            ]));

        var offering = await api.WithDbAsync(db => db.Offerings.AsNoTracking()
            .Include(o => o.Organization).ThenInclude(o => o.ParentOrganization).Include(o => o.Locations).ThenInclude(l => l.SocialSpace)
            .Include(o => o.Schedules).Include(o => o.Languages).Include(o => o.ActionFields).Include(o => o.TargetGroups)
            .SingleAsync(o => o.Organization.Name == "Testhilfe " + suffix + " Ortsgruppe"));
        Assert.Equal(ImportKind.Directory, batch.Kind);
        Assert.Equal(9, batch.RowCount);
        Assert.Equal("Verein Testhilfe " + suffix, offering.Organization.ParentOrganization!.Name);
        Assert.Equal("roden-nord", Assert.Single(offering.Locations).SocialSpace!.Key);
        Assert.Equal(2.50m, offering.CostAmount);
        Assert.Equal(2, offering.Schedules.Count);
        Assert.Equal(["de", "tr"], offering.Languages.Select(l => l.Code).Order());
        Assert.Equal("education", Assert.Single(offering.ActionFields).Key);
        Assert.Equal("children", Assert.Single(offering.TargetGroups).Key);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task An_unknown_organisation_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        var problem = await RefusedAsync(provider, Delivery(services: Services.Replace("s1;o2", "s1;o9", StringComparison.Ordinal)));

        Assert.Equal(("services.csv", 2, 2, "organization_id"), (problem.File, problem.Line, problem.Column, problem.Field));
        Assert.Equal("Die Organisation 'o9' gibt es nicht.", problem.Message);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_location_without_coordinates_is_refused(DatabaseProvider provider)
    {
        var problem = await RefusedAsync(provider, Delivery(locations: Locations.Replace("49,31;6,75", ";", StringComparison.Ordinal)));

        Assert.Equal(("locations.csv", 2, "latitude"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("Der Ort hat keine Koordinaten (latitude und longitude, WGS 84).", problem.Message);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_duplicate_organisation_name_is_refused(DatabaseProvider provider)
    {
        var stored = await RefusedAsync(provider, Delivery(organizations: Organizations.Replace("Verein Testhilfe", "Tafel Saarlouis", StringComparison.Ordinal)));
        var twice = await RefusedAsync(provider, Delivery(organizations: Organizations + "\no3;verein testhilfe;Noch einmal.;;"));

        Assert.Equal(("organizations.csv", 2, "name"), (stored.File, stored.Line, stored.Field));
        Assert.Equal("Eine Organisation mit dem Namen 'Tafel Saarlouis' gibt es bereits.", stored.Message);
        Assert.Equal(("organizations.csv", 4), (twice.File, twice.Line));
        Assert.Equal("Die Organisation 'verein testhilfe' steht schon in Zeile 2.", twice.Message);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Overlapping_opening_hours_and_a_missing_file_are_refused(DatabaseProvider provider)
    {
        var overlap = await RefusedAsync(provider, Delivery(more: [("schedules.csv", "service_id;byday;opens_at;closes_at\ns1;TU;09:00;12:00\ns1;TU;11:00;13:00")]));
        var missing = await RefusedAsync(provider, Delivery(services: ""));

        Assert.Equal(("schedules.csv", 3, "opens_at"), (overlap.File, overlap.Line, overlap.Field));
        Assert.Equal("Die Zeit überschneidet sich mit 09:00–12:00 am selben Tag.", overlap.Message);
        Assert.Equal(("services.csv", 0), (missing.File, missing.Line));
        Assert.Equal("services.csv: Die Datei fehlt.", missing.ToString());
    }

    /// <summary>The three required files (an empty text leaves one out) and more.</summary>
    private static Dictionary<string, string> Delivery(
        string organizations = Organizations, string locations = Locations, string services = Services, (string Name, string Text)[]? more = null) =>
        new[] { ("organizations.csv", organizations), ("locations.csv", locations), ("services.csv", services) }.Concat(more ?? [])
            .Where(f => f.Item2.Length > 0).ToDictionary(f => f.Item1, f => f.Item2);

    private Task<ApiFactory> ApiAsync(DatabaseProvider provider) =>
        environment.SharedAsync("directory-import", provider, _ => Task.CompletedTask);

    /// <summary>Imports a delivery that must be refused; returns its first problem after checking nothing changed.</summary>
    private async Task<ImportProblem> RefusedAsync(DatabaseProvider provider, Dictionary<string, string> files)
    {
        var api = await ApiAsync(provider);
        var before = await CountAsync(api);

        var refused = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(api, files));

        Assert.Equal(before, await CountAsync(api));
        return refused.Problems[0];
    }

    private static Task<ImportBatch> ImportAsync(ApiFactory api, Dictionary<string, string> files) =>
        api.WithDbAsync(db =>
        {
            var importer = new DirectoryImporter(db, TimeProvider.System);
            return importer.ImportAsync(
                name => files.TryGetValue(name, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null,
                new ImportRequest("test", "Test"), CancellationToken.None);
        });

    private static Task<string> CountAsync(ApiFactory api) =>
        api.WithDbAsync(async db => string.Join(" ",
            await db.Organizations.CountAsync(), await db.Locations.CountAsync(), await db.Offerings.CountAsync(),
            await db.OfferingSchedules.CountAsync(), await db.ImportBatches.CountAsync(), await db.TargetGroups.CountAsync()));
}
