using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Tests.Contributions;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Organizations;

/// <summary>Requesting a new organisation, verification by planners, updating by members.</summary>
[Collection(ApiCollection.Collection)]
public sealed class OrganizationRequestTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_person_requests_an_organisation_owns_it_and_a_planner_verifies_it(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var requester = TeamApi.Person("Olga Owner");
        var planner = TeamApi.Person("Petra Plan", "planner");
        var name = $"Tafel Saarlouis {Guid.NewGuid():N}";

        var requested = await api.SucceedAsync(requester, "requestOrganization", new
        {
            name = $"  {name} ", legalStatus = "e.V.", registerNumber = "VR 4711", website = "https://tafel.example.org",
            street = "Französische Straße 1", postalCode = "66740", city = "Saarlouis", email = "info@tafel.example.org",
        });
        var organization = requested.GetProperty("organization");
        var id = organization.GetProperty("id").GetString()!;
        var mine = await api.ViewerAsync(requester);
        var waiting = await api.ViewerAsync(planner);
        var verified = await api.SucceedAsync(planner, "verifyOrganization", new { organization = id });
        var review = await api.SucceedAsync(planner, "setOrganizationRequiresReview", new { organization = id, requiresReview = true });
        var afterwards = await api.ViewerAsync(planner);

        Assert.Equal(name, organization.GetProperty("name").GetString());
        Assert.False(organization.GetProperty("isVerified").GetBoolean());
        Assert.Equal("OWNER", organization.GetProperty("viewerRole").GetString());
        var membership = Assert.Single(mine.GetProperty("memberships").EnumerateArray());
        Assert.Equal(("OWNER", id), (membership.GetProperty("role").GetString(), membership.GetProperty("organization").GetProperty("id").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mine.GetProperty("unverifiedOrganizations").ValueKind);
        Assert.Contains(waiting.GetProperty("unverifiedOrganizations").EnumerateArray(), o => o.GetProperty("id").GetString() == id);
        Assert.True(verified.GetProperty("organization").GetProperty("isVerified").GetBoolean());
        Assert.True(review.GetProperty("organization").GetProperty("requiresReview").GetBoolean());
        Assert.DoesNotContain(afterwards.GetProperty("unverifiedOrganizations").EnumerateArray(), o => o.GetProperty("id").GetString() == id);
        var stored = await api.Api.Api.WithDbAsync(db => db.OrganizationMembers.SingleAsync(m => m.Subject == requester.Subject));
        Assert.Equal((requester.Email, "Olga Owner"), (stored.Email, stored.DisplayName));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_duplicate_name_ignoring_case_and_spaces_is_refused_naming_the_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var name = $"Kinderschutzbund {Guid.NewGuid():N}";
        await api.OrganizationAsync(TeamApi.Person("First Owner"), name);
        var second = TeamApi.Person("Second Owner");
        var count = await api.Api.CountAsync(db => db.Organizations.CountAsync());

        var duplicate = await api.MutateAsync(second, "requestOrganization", new { name = $"  {name.ToUpperInvariant()}  " });
        var seed = await api.MutateAsync(second, "requestOrganization", new { name = " awo KREISVERBAND saarlouis " });

        var (field, code, message) = duplicate.Error();
        Assert.Equal(("name", "DUPLICATE"), (field, code));
        Assert.Contains("gibt es schon", message, StringComparison.Ordinal);
        Assert.Equal(JsonNull, duplicate.GetProperty("organization").ValueKind);
        Assert.Equal(count, await api.Api.CountAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(0, await api.Api.CountAsync(db => db.OrganizationMembers.CountAsync(m => m.Subject == second.Subject)));
        Assert.Equal(("name", "DUPLICATE"), seed.Problem());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Bad_input_and_an_unconfirmed_address_are_refused_with_German_messages(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var person = TeamApi.Person("Bad Input");

        var badWebsite = await api.MutateAsync(person, "requestOrganization", new { name = $"X {Guid.NewGuid():N}", website = "javascript:alert(1)" });
        var badEmail = await api.MutateAsync(person, "requestOrganization", new { name = $"X {Guid.NewGuid():N}", email = "kein-at-zeichen" });
        var noName = await api.MutateAsync(person, "requestOrganization", new { name = "  " });
        var unconfirmed = await api.MutateAsync(person with { EmailVerified = false }, "requestOrganization", new { name = $"X {Guid.NewGuid():N}" });
        var noParent = await api.MutateAsync(person, "requestOrganization", new { name = $"X {Guid.NewGuid():N}", parentOrganization = "bm8=" });

        Assert.Equal(("website", "INVALID"), badWebsite.Problem());
        Assert.Equal(("email", "INVALID"), badEmail.Problem());
        Assert.Equal(("name", "REQUIRED"), noName.Problem());
        Assert.Equal(((string?)null, "EMAIL_NOT_CONFIRMED"), unconfirmed.Problem());
        Assert.Equal(("parentOrganization", "NOT_FOUND"), noParent.Problem());
        Assert.Equal(0, await api.Api.CountAsync(db => db.OrganizationMembers.CountAsync(m => m.Subject == person.Subject)));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Members_update_the_description_sanitised_others_may_not(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var owner = TeamApi.Person("Update Owner");
        var editor = TeamApi.Person("Update Editor");
        var stranger = TeamApi.Person("Update Stranger");
        var organization = await api.OrganizationAsync(owner);
        await api.JoinAsync(owner, organization, editor);
        const string Markdown = "**Wir helfen** <script>alert(1)</script> [Link](javascript:alert(2))";

        var updated = await api.SucceedAsync(editor, "updateOrganization", new { organization, description = Markdown, website = "https://verein.example.org" });
        var refused = await api.MutateAsync(stranger, "updateOrganization", new { organization, description = "übernommen" });
        var badWebsite = await api.MutateAsync(owner, "updateOrganization", new { organization, website = "ftp://x" });
        var stored = await api.Api.Client(null).QueryAsync("query($id: ID!) { node(id: $id) { ... on Organization { description website } } }", new { id = organization });

        var html = updated.GetProperty("organization").GetProperty("descriptionHtml").GetString()!;
        Assert.Contains("<strong>Wir helfen</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Equal(("organization", "NOT_ALLOWED"), refused.Problem());
        Assert.Equal(("website", "INVALID"), badWebsite.Problem());
        Assert.Equal(Markdown, stored.GetProperty("node").GetProperty("description").GetString());
        Assert.Equal("https://verein.example.org", stored.GetProperty("node").GetProperty("website").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
