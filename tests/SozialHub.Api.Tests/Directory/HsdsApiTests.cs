using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Hsds;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.DirectoryTests;

/// <summary>The HSDS read API under /hsds/ on the demo city: schema-valid answers, paging, filters, bad parameters, fixed query counts.</summary>
[Collection(ApiCollection.Collection)]
public sealed class HsdsApiTests(ApiEnvironment environment)
{
    private static readonly string[] PageKeys = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Every_endpoint_answers_valid_HSDS(DatabaseProvider provider)
    {
        var http = (await environment.SeededAsync(provider)).CreateClient();

        var services = await PageAsync(http, "/hsds/services?per_page=20", "service");
        var organizations = await PageAsync(http, "/hsds/organizations", "organization");
        await PageAsync(http, "/hsds/taxonomies", "taxonomy");
        await PageAsync(http, "/hsds/taxonomy_terms", "taxonomy_term");
        await PageAsync(http, "/hsds/service_at_locations?per_page=50", "service_at_location");
        var service = await http.GetFromJsonAsync<JsonElement>("/hsds/services/" + services.GetProperty("contents")[0].GetProperty("id").GetString());
        var organization = await http.GetFromJsonAsync<JsonElement>("/hsds/organizations/" + organizations.GetProperty("contents")[0].GetProperty("id").GetString());
        var export = await http.GetFromJsonAsync<JsonElement>("/hsds/export.json");

        await HsdsSchemas.AssertValidAsync("service", service);
        await HsdsSchemas.AssertValidAsync("organization", organization);
        foreach (var item in export.EnumerateArray())
        {
            await HsdsSchemas.AssertValidAsync("service", item);
        }

        Assert.Equal(150, export.GetArrayLength());
        Assert.NotEmpty(service.GetProperty("schedules").EnumerateArray());
        Assert.NotEmpty(service.GetProperty("attributes").EnumerateArray());
        Assert.Equal("3.1", (await http.GetFromJsonAsync<JsonElement>("/hsds/")).GetProperty("version").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Pages_and_filters_answer_what_the_database_holds(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();
        var (total, education, educationCount, organization, organizationCount, hausaufgaben) = await api.WithDbAsync(async db =>
        {
            var field = await db.ActionFields.SingleAsync(a => a.Key == "education");
            var owner = await db.Offerings.GroupBy(o => o.OrganizationId).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() }).FirstAsync();
            return (await db.Offerings.CountAsync(), field.Id, await db.Offerings.CountAsync(o => o.ActionFields.Any(a => a.Id == field.Id)),
                owner.Key, owner.Count, await db.Offerings.CountAsync(o => o.Name.Contains("Hausaufgaben")));
        });

        var third = await http.GetFromJsonAsync<JsonElement>("/hsds/services?per_page=7&page=3");
        var last = await http.GetFromJsonAsync<JsonElement>($"/hsds/services?per_page=7&page={(total + 6) / 7}");
        var byTerm = await http.GetFromJsonAsync<JsonElement>($"/hsds/services?per_page=500&taxonomy_term_id={HsdsIds.For(HsdsKind.ActionFieldTerm, education)}");
        var byOrganization = await http.GetFromJsonAsync<JsonElement>($"/hsds/services?organization_id={HsdsIds.For(HsdsKind.Organization, organization)}");
        var search = await http.GetFromJsonAsync<JsonElement>("/hsds/services?search=hausaufgaben");
        var future = await http.GetFromJsonAsync<JsonElement>("/hsds/services?modified_after=2999-01-01T00:00:00Z");
        var past = await http.GetFromJsonAsync<JsonElement>("/hsds/services?modified_after=2000-01-01");

        Assert.Equal((total, (total + 6) / 7, 3, 7, false, false, false), Page(third));
        Assert.Equal(third.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order(StringComparer.Ordinal),
            third.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.True(last.GetProperty("last_page").GetBoolean());
        Assert.Equal(total - (7 * ((total + 6) / 7 - 1)), last.GetProperty("size").GetInt32());
        Assert.Equal(educationCount, byTerm.GetProperty("total_items").GetInt32());
        Assert.Equal(organizationCount, byOrganization.GetProperty("total_items").GetInt32());
        Assert.All(byOrganization.GetProperty("contents").EnumerateArray(),
            s => Assert.Equal(HsdsIds.For(HsdsKind.Organization, organization), s.GetProperty("organization_id").GetString()));
        Assert.True(hausaufgaben > 0);
        Assert.Equal(hausaufgaben, search.GetProperty("total_items").GetInt32());
        Assert.Equal((0, 0, true), (future.GetProperty("total_items").GetInt32(), future.GetProperty("size").GetInt32(), future.GetProperty("empty").GetBoolean()));
        Assert.Equal(total, past.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("per_page=0", "per_page")]
    [InlineData("per_page=501", "per_page")]
    [InlineData("page=zwei", "page")]
    [InlineData("taxonomy_term_id=bildung", "taxonomy_term_id")]
    [InlineData("organization_id=5a0c1a1b-0002-8000-8000-000000000001", "organization_id")]
    [InlineData("modified_after=gestern", "modified_after")]
    [InlineData("page=1&page=2", "page")]
    public async Task A_bad_parameter_is_answered_with_400_naming_it(string query, string parameter)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        var response = await http.GetAsync("/hsds/services?" + query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_number_of_queries_does_not_grow_with_the_page(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var http = api.CreateClient();

        var counts = new List<int>();
        foreach (var url in new[] { "/hsds/services?per_page=2", "/hsds/services?per_page=100", "/hsds/service_at_locations?per_page=2", "/hsds/service_at_locations?per_page=100" })
        {
            api.Sql.Reset();
            (await http.GetAsync(url)).EnsureSuccessStatusCode();
            counts.Add(api.Sql.Count);
        }

        api.Sql.Reset();
        var one = await http.GetFromJsonAsync<JsonElement>("/hsds/services/" + HsdsIds.For(HsdsKind.Service, 1));
        var single = api.Sql.Count;
        api.Sql.Reset();
        await http.GetAsync("/hsds/export.json");
        var export = api.Sql.Count;

        Assert.Equal(counts[0], counts[1]);
        Assert.Equal(counts[2], counts[3]);
        Assert.Equal(single, export);
        Assert.InRange(export, 1, 8);
        Assert.Equal(HsdsIds.For(HsdsKind.Service, 1), one.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_tabular_export_has_a_data_package_and_HSDS_columns()
    {
        var api = await environment.SeededAsync(DatabaseProvider.Sqlite);
        var offerings = await api.WithDbAsync(db => db.Offerings.CountAsync());

        var response = await api.CreateClient().GetAsync("/hsds/export.zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var package = JsonDocument.Parse(await new StreamReader(zip.GetEntry("datapackage.json")!.Open()).ReadToEndAsync());
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(zip.Entries.Count - 1, resources.Count);
        Assert.Contains(resources, r => r.GetProperty("path").GetString() == "services.csv");
        foreach (var resource in resources)
        {
            var lines = (await new StreamReader(zip.GetEntry(resource.GetProperty("path").GetString()!)!.Open()).ReadToEndAsync()).Split("\r\n");
            var columns = lines[0].Split(',');
            var schema = await HsdsSchemas.Of(resource.GetProperty("name").GetString()! switch { "accessibility" => "accessibility", "addresses" => "address", "taxonomies" => "taxonomy", var n => n[..^1] });
            Assert.Equal(columns, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
            Assert.All(columns, c => Assert.Contains(c, HsdsSchemas.Properties(schema)));
            Assert.Contains("id", columns);
            if (resource.GetProperty("name").GetString() == "services")
            {
                Assert.Equal(offerings, lines.Count(l => l.Length > 0) - 1);
            }
        }
    }

    private static async Task<JsonElement> PageAsync(HttpClient http, string url, string itemSchema)
    {
        var page = await http.GetFromJsonAsync<JsonElement>(url);
        await HsdsSchemas.AssertValidAsync("page", page);
        Assert.Equal(PageKeys, page.EnumerateObject().Select(p => p.Name));
        Assert.True(page.GetProperty("size").GetInt32() > 0, url);
        foreach (var item in page.GetProperty("contents").EnumerateArray())
        {
            await HsdsSchemas.AssertValidAsync(itemSchema, item);
        }

        return page;
    }

    private static (int, int, int, int, bool, bool, bool) Page(JsonElement page) => (
        page.GetProperty("total_items").GetInt32(), page.GetProperty("total_pages").GetInt32(), page.GetProperty("page_number").GetInt32(),
        page.GetProperty("size").GetInt32(), page.GetProperty("first_page").GetBoolean(), page.GetProperty("last_page").GetBoolean(),
        page.GetProperty("empty").GetBoolean());
}
