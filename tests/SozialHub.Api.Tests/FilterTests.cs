using SozialHub.Api.Offerings;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>
/// <c>where</c> with every operation, <c>and</c>/<c>or</c> and collections, translated to SQL on each provider;
/// each case is checked against the same predicate over the directory's specs.
/// </summary>
[Collection(ApiCollection.Collection)]
public sealed class FilterTests(ApiEnvironment environment)
{
    private static readonly DateTime ReviewCut = new(2025, 1, 10, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, (string Where, Func<OfferingSpec, bool> Expected)> Cases = new()
    {
        ["eq"] = ("""{ name: { eq: "Angebot 07" } }""", o => o.Name == "Angebot 07"),
        ["neq"] = ("{ status: { neq: ACTIVE } }", o => o.Status != OfferingStatus.Active),
        ["in"] = ("""{ name: { in: ["Angebot 01", "Angebot 30", "Angebot 99"] } }""", o => o.Name is "Angebot 01" or "Angebot 30"),
        ["nin"] = ("{ costKind: { nin: [FREE, ON_REQUEST] } }", o => o.CostKind == CostKind.Amount),
        ["contains"] = ("""{ name: { contains: "ebot 1" } }""", o => o.Name.Contains("ebot 1", StringComparison.Ordinal)),
        ["startsWith"] = ("""{ name: { startsWith: "Angebot 2" } }""", o => o.Name.StartsWith("Angebot 2", StringComparison.Ordinal)),
        ["gt"] = ("{ minimumAge: { gt: 6 } }", o => o.MinimumAge > 6),
        ["gte"] = ("{ maximumAge: { gte: 40 } }", o => o.MaximumAge >= 40),
        ["lt"] = ("""{ lastReviewedAt: { lt: "2025-01-10T00:00:00Z" } }""", o => o.LastReviewedAt < ReviewCut),
        ["lte"] = ("{ minimumAge: { lte: 6 } }", o => o.MinimumAge <= 6),
        ["range"] = ("{ minimumAge: { gte: 6, lte: 6 } }", o => o.MinimumAge == 6),
        ["eq null"] = ("{ maximumAge: { eq: null } }", o => o.MaximumAge is null),
        ["neq null"] = ("{ lastReviewedAt: { neq: null } }", o => o.LastReviewedAt is not null),
        ["two fields"] = ("{ isOnline: { eq: false }, status: { in: [INACTIVE, TEMPORARILY_CLOSED] } }",
            o => !o.IsOnline && o.Status is OfferingStatus.Inactive or OfferingStatus.TemporarilyClosed),
        ["and"] = ("{ and: [{ minimumAge: { eq: 12 } }, { isOnline: { eq: true } }] }", o => o.MinimumAge == 12 && o.IsOnline),
        ["or"] = ("{ or: [{ minimumAge: { eq: 12 } }, { costKind: { eq: AMOUNT } }] }", o => o.MinimumAge == 12 || o.CostKind == CostKind.Amount),
        ["or in and"] = ("""{ name: { startsWith: "Angebot 1" }, or: [{ isOnline: { eq: true } }, { status: { neq: ACTIVE } }] }""",
            o => o.Name.StartsWith("Angebot 1", StringComparison.Ordinal) && (o.IsOnline || o.Status != OfferingStatus.Active)),
        ["any eq"] = ("""{ actionField: { eq: "labour" } }""", o => o.ActionFields.Contains("labour")),
        ["any in"] = ("""{ language: { in: ["ar", "tr"] } }""", o => o.Languages.Contains("ar") || o.Languages.Contains("tr")),
        ["any through locations"] = ("""{ district: { eq: "roden" } }""", o => o.Locations.Contains(0)),
        ["nothing"] = ("{ }", _ => true),
    };

    public static TheoryData<DatabaseProvider, string> ProvidersAndCases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in DatabaseProviders.All)
        {
            foreach (var name in Cases.Keys)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndCases))]
    public async Task Offerings_filter_as_the_predicate_says(DatabaseProvider provider, string name)
    {
        var (where, expected) = Cases[name];
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();

        var data = await http.QueryAsync($"{{ offerings(first: 500, where: {where}) {{ nodes {{ name }} }} }}");

        var names = DirectoryCity.Offerings.Where(expected).Select(o => o.Name).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names, data.Names("offerings"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task References_filter_by_global_id(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();
        var organizations = (await http.QueryAsync("{ organizations { nodes { id name } } }")).GetProperty("organizations").GetProperty("nodes")
            .EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("id").GetString()!);
        var awo = organizations["AWO Kreisverband Saarlouis"];
        var diakonie = organizations["Diakonisches Werk an der Saar"];

        var data = await http.QueryAsync("""
            query($awo: ID!, $diakonie: ID!, $both: [ID!]) {
              offerings(first: 500, where: { organization: { eq: $awo } }) { nodes { name } }
              organizations(where: { parentOrganization: { eq: $awo } }) { nodes { name } }
              networks(where: { member: { eq: $diakonie } }) { nodes { name } }
              byId: organizations(where: { id: { in: $both } }) { nodes { name } }
            }
            """, new { awo, diakonie, both = new[] { awo, diakonie } });

        Assert.Equal(DirectoryCity.Offerings.Where(o => o.Organization == 0).Select(o => o.Name).Order(StringComparer.Ordinal), data.Names("offerings"));
        Assert.Equal(["AWO Ortsverein Roden", "Jugendtreff Fraulautern"], data.Names("organizations"));
        Assert.Equal(["Sozialkonferenz Saarlouis"], data.Names("networks"));
        Assert.Equal(["AWO Kreisverband Saarlouis", "Diakonisches Werk an der Saar"], data.Names("byId"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Every_list_filters_on_its_declared_fields(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();

        var data = await http.QueryAsync("""
            {
              organizations(where: { city: { eq: "Neunkirchen" } }) { nodes { name } }
              withoutForm: organizations(where: { legalStatus: { eq: null } }) { nodes { name } }
              locations(where: { socialSpace: { startsWith: "fraulautern" } }) { nodes { name } }
              facilities(where: { kind: { in: [DAY_CARE, YOUTH_CENTRE] }, capacity: { gte: 50 } }) { nodes { name } }
              inRoden: facilities(where: { district: { eq: "roden" } }) { nodes { name } }
              cooperations(where: { isConfirmed: { eq: true }, intensity: { lt: 3 } }) { totalCount }
              since: cooperations(where: { since: { gte: "2023-01-01" } }) { totalCount }
              networks(where: { actionField: { eq: "education" } }) { nodes { name } }
              socialSpaces(where: { isSocialCityArea: { eq: true }, population: { gt: 1500 } }) { nodes { key } }
              districts(where: { key: { in: ["roden", "lisdorf"] } }) { nodes { name } }
              actionFields(where: { sortOrder: { lte: 2 } }) { nodes { key } }
              indicators(first: 100, where: { isRate: { eq: false } }) { nodes { key } }
              betterIndicators: indicators(first: 100, where: { polarity: { in: [HIGHER_IS_BETTER] }, actionField: { eq: "education" } }) { nodes { key } }
              indicatorValues(where: { indicator: { eq: "sgb2_share" }, socialSpace: { eq: "roden-nord" }, year: { gte: 2020, lte: 2022 } }) {
                nodes { year }
              }
              districtValues: indicatorValues(where: { district: { eq: "roden" }, indicator: { eq: "population" }, year: { eq: 2024 } }) {
                totalCount
              }
              provenance: indicatorValues(where: { source: { contains: "Einwohnermeldeamt" }, isProvisional: { eq: false }, value: { gt: 0 } }, first: 1) {
                nodes { source }
              }
            }
            """);

        Assert.Equal(["Diakonisches Werk an der Saar"], data.Names("organizations"));
        Assert.Equal(["Kreisstadt Saarlouis, Amt für Soziales"], data.Names("withoutForm"));
        Assert.Equal(["Stadtteilbüro Fraulautern"], data.Names("locations"));
        Assert.Equal(["Kita Roden"], data.Names("facilities"));
        Assert.Equal(["Kita Roden"], data.Names("inRoden"));
        Assert.Equal(2, data.GetProperty("cooperations").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("since").GetProperty("totalCount").GetInt32());
        Assert.Equal(["Arbeitskreis Jugend"], data.Names("networks"));
        Assert.Equal(["fraulautern-mitte", "roden-nord", "roden-saarufer"], data.Names("socialSpaces", "key").Order(StringComparer.Ordinal));
        Assert.Equal(["Lisdorf", "Roden"], data.Names("districts"));
        Assert.Equal(["participation", "education"], data.Names("actionFields", "key"));
        Assert.Equal(["population", "population_15_64", "population_65_plus", "population_under_18"], data.Names("indicators", "key").Order(StringComparer.Ordinal));
        Assert.Equal(["childcare_rate_3_to_6", "childcare_rate_under_3"], data.Names("betterIndicators", "key").Order(StringComparer.Ordinal));
        Assert.Equal([2020, 2021, 2022], data.GetProperty("indicatorValues").GetProperty("nodes").EnumerateArray().Select(v => v.GetProperty("year").GetInt32()).Order());
        Assert.Equal(5, data.GetProperty("districtValues").GetProperty("totalCount").GetInt32());
        Assert.Equal(["Einwohnermeldeamt Saarlouis"], data.Names("provenance", "source"));
    }

    [Fact]
    public async Task An_id_of_another_type_is_bad_input()
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();
        var location = (await http.QueryAsync("{ locations(first: 1) { nodes { id } } }")).GetProperty("locations").GetProperty("nodes")[0].GetProperty("id").GetString();

        var (code, message) = (await http.PostAsync("query($id: ID) { offerings(where: { organization: { eq: $id } }) { totalCount } }", new { id = location })).SingleError();

        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Contains("organization.eq", message);
    }
}
