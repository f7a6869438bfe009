using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations.Members;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Editing;

/// <summary>
/// The API with the demo city for the directory mutations: members are made by inserting membership rows, as the
/// brief says; each test uses people (and so memberships) of its own.
/// </summary>
public sealed class EditingApi(ParticipationApi api)
{
    public const string OfferingFields = "id version name publication status lastReviewedAt description eligibility minimumAge maximumAge languages"
        + " cost { kind amount } actionFields { key } targetGroups { key } locations { id name } schedules { weekday opensAt closesAt validFrom validTo location { id } }";

    public const string LocationFields = "id version name latitude longitude accessibility address { street postalCode city } socialSpace { key }";

    public ParticipationApi Participation { get; } = api;

    public static async Task<EditingApi> SharedAsync(ApiEnvironment environment, DatabaseProvider provider) =>
        new(await ParticipationApi.SharedAsync(environment, provider, "editing"));

    /// <summary>A person of this test only who is a member (editor) of the organisation.</summary>
    public async Task<TestToken> MemberAsync(string name, int organizationId)
    {
        var person = ParticipationApi.Person(name, "organization");
        await Participation.Api.WithDbAsync(async db =>
        {
            db.OrganizationMembers.Add(new OrganizationMember
            {
                OrganizationId = organizationId, Subject = person.Subject, DisplayName = name, Email = $"{person.Subject}@example.org", Role = MemberRole.Editor,
            });
            return await db.SaveChangesAsync();
        });
        return person;
    }

    /// <summary>Two organisations of the demo city (A and B) as database ids.</summary>
    public Task<int[]> OrganizationsAsync() =>
        Participation.Api.WithDbAsync(db => db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToArrayAsync());

    /// <summary>A point inside the city: a seeded location's.</summary>
    public Task<(double Latitude, double Longitude)> PointInCityAsync() =>
        Participation.Api.WithDbAsync(async db => await db.Locations.Where(l => l.SocialSpaceId != null && l.Latitude != null)
            .OrderBy(l => l.Id).Select(l => ValueTuple.Create(l.Latitude!.Value, l.Longitude!.Value)).FirstAsync());

    public static string Id(string type, int id) => GlobalId.Encode(type, id);

    /// <summary>Runs one mutation and returns its payload (the test fails on GraphQL errors).</summary>
    public async Task<JsonElement> MutateAsync(TestToken? token, string mutation, string inputType, object input, string record, string select)
    {
        var data = await Participation.Client(token).QueryAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {record} {{ {select} }} current {{ {select} }} errors {{ field code message }} }} }}",
            new { input });
        return data.GetProperty(mutation);
    }

    public async Task<JsonElement> SucceedAsync(TestToken token, string mutation, string inputType, object input, string record, string select)
    {
        var payload = await MutateAsync(token, mutation, inputType, input, record, select);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty(record);
    }

    public Task<JsonElement> OfferingAsync(TestToken token, string mutation, object input) =>
        MutateAsync(token, mutation, InputTypeOf(mutation), input, "offering", OfferingFields);

    public Task<JsonElement> CreateOfferingAsync(TestToken token, object input) =>
        SucceedAsync(token, "createOffering", "CreateOfferingInput", input, "offering", OfferingFields);

    public Task<JsonElement> CreateLocationAsync(TestToken token, object input) =>
        SucceedAsync(token, "createLocation", "CreateLocationInput", input, "location", LocationFields);

    /// <summary>The offering as the caller sees it through <c>node</c> (null when hidden).</summary>
    public async Task<JsonElement> NodeAsync(TestToken? token, string id) =>
        (await Participation.Client(token).QueryAsync("query($id: ID!) { node(id: $id) { id ... on Offering { name publication } } }", new { id }))
        .GetProperty("node");

    public Task<int> CountAsync(Func<Api.Database.ApiDbContext, Task<int>> count) => Participation.Api.WithDbAsync(count);

    private static string InputTypeOf(string mutation) => mutation switch
    {
        "createOffering" => "CreateOfferingInput",
        "updateOffering" => "UpdateOfferingInput",
        _ => "OfferingActionInput",
    };
}

internal static class EditingPayloads
{
    /// <summary>The payload's errors as (field, code).</summary>
    public static List<(string? Field, string Code)> Errors(this JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString()));
            return (e.Text("field"), e.GetProperty("code").GetString()!);
        })];

    public static int Version(this JsonElement record) => record.GetProperty("version").GetInt32();
}
