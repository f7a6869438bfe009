using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations.Members;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Cooperations;

/// <summary>
/// The API with the demo city on one provider, trusting the environment's token issuer, for the cooperation and network
/// mutations. Each test makes members of its own (<see cref="MemberOfAsync"/>) by inserting membership rows.
/// </summary>
public sealed class DirectoryWriteApi(ParticipationApi api)
{
    public ApiFactory Api => api.Api;

    public static async Task<DirectoryWriteApi> SharedAsync(ApiEnvironment environment, DatabaseProvider provider)
    {
        var issuer = await environment.IssuerAsync();
        var factory = await environment.SharedAsync("cooperations", provider, _ => Task.CompletedTask,
            settings: [("Identity:Authority", issuer.Authority.ToString())]);
        return new DirectoryWriteApi(new ParticipationApi(factory, issuer));
    }

    public HttpClient Client(TestToken? token) => api.Client(token);

    /// <summary>
    /// The n-th pair of seeded organisations (by database id) without any cooperation between them yet, so tests use
    /// different ones and no seeded proposal is in the way.
    /// </summary>
    public async Task<(string A, string B)> PairAsync(int n)
    {
        var (ids, linked) = await Api.WithDbAsync(async db => (
            await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(),
            await db.Cooperations.Select(c => new { c.ProposerId, c.PartnerId }).ToListAsync()));
        var pairs = from a in ids
                    from b in ids
                    where a < b && !linked.Any(c => (c.ProposerId == a && c.PartnerId == b) || (c.ProposerId == b && c.PartnerId == a))
                    select (GlobalId.Encode("Organization", a), GlobalId.Encode("Organization", b));
        return pairs.Skip(2 * n).First();
    }

    /// <summary>A fresh person (role <c>organization</c>) who is a member of the organisation.</summary>
    public async Task<TestToken> MemberOfAsync(string organization, string name)
    {
        var person = ParticipationApi.Person(name, "organization");
        await Api.WithDbAsync(async db =>
        {
            db.OrganizationMembers.Add(new OrganizationMember
            {
                OrganizationId = GlobalId.Decode(organization, "Organization", "organization"),
                Subject = person.Subject, DisplayName = name, Email = $"{person.Subject}@example.org", Role = MemberRole.Editor,
            });
            return await db.SaveChangesAsync();
        });
        return person;
    }

    /// <summary>Runs a mutation and returns its payload (the test fails on GraphQL errors).</summary>
    public async Task<JsonElement> MutateAsync(TestToken token, string mutation, string inputType, object input, string select)
    {
        var data = await Client(token).QueryAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {select} errors {{ field code message }} }} }}", new { input });
        return data.GetProperty(mutation);
    }

    /// <summary>The single error of a failed payload: field and code, with a German message.</summary>
    public static (string? Field, string Code) Error(JsonElement payload)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return (error.Text("field"), error.GetProperty("code").GetString()!);
    }

    public static void Succeeded(JsonElement payload) => Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
}
