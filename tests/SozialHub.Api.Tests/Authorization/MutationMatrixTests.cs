using System.Net;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>
/// The authorization matrix (issue 5): every mutation in the schema × every kind of caller → allowed or denied. The
/// mutations come from the schema, so a new one without a row here fails the test. Inputs name nothing that exists,
/// so an allowed call answers with payload errors and changes nothing.
/// </summary>
[Collection(TokenApiCollection.Collection)]
public sealed class MutationMatrixTests(TokenApiFixture fixture)
{
    private static readonly string Missing = GlobalId.Encode("Contribution", 999_999);
    private static readonly string MissingOffering = GlobalId.Encode("Offering", 999_999);
    private static readonly string NoOrganization = GlobalId.Encode("Organization", 999_999);
    private static readonly string NoCooperation = GlobalId.Encode("Cooperation", 999_999);
    private static readonly string NoNetwork = GlobalId.Encode("Network", 999_999);

    private static readonly Dictionary<string, TestToken?> Callers = new()
    {
        ["anonymous"] = null,
        ["citizen"] = TestToken.Person("citizen"),
        ["member of A"] = TestToken.Person("organization") with { Organizations = ["org-a"] },
        ["planner"] = TestToken.Person("planner"),
        ["citizen without hub.write"] = TestToken.Person("citizen") with { Scopes = ["openid", "hub.read"] },
        ["machine hub.read"] = TestToken.Machine("city-data", "hub.read"),
        ["machine account-data"] = TestToken.Machine(TokenApiFixture.AccountDataClient, "hub.read", "hub.write"),
    };

    private static readonly string[] Participants = ["citizen", "member of A", "planner"];
    private static readonly string[] Planners = ["planner"];

    /// <summary>Each mutation: a harmless input, and the callers allowed to run it (all others are denied).</summary>
    private static readonly Dictionary<string, (string Input, string[] Allowed)> Matrix = new()
    {
        ["postComment"] = ("""{ actionField: "no-such-field", text: "x" }""", Participants),
        ["postLocalKnowledge"] = ("""{ category: IDEA, title: "x", text: "x", socialSpace: "no-such-space" }""", Participants),
        ["editContribution"] = ($$"""{ id: "{{Missing}}", text: "x" }""", Participants),
        ["deleteContribution"] = ($$"""{ id: "{{Missing}}" }""", Participants),
        ["supportContribution"] = ($$"""{ id: "{{Missing}}" }""", Participants),
        ["flagContribution"] = ($$"""{ id: "{{Missing}}", reason: "x" }""", Participants),
        ["approveContribution"] = ($$"""{ id: "{{Missing}}" }""", Planners),
        ["hideContribution"] = ($$"""{ id: "{{Missing}}", reason: "x" }""", Planners),
        ["restoreContribution"] = ($$"""{ id: "{{Missing}}" }""", Planners),
        ["anonymizeContributions"] = ("""{ subject: "no-such-person" }""", ["machine account-data"]),
        ["applyImport"] = ("""{ uploadId: "no-such-upload" }""", Planners),
        // Every signed-in person may try the team mutations; OrganizationAccess answers in the payload (MembershipTests).
        ["requestOrganization"] = ("{ name: \"  \" }", Participants),
        ["updateOrganization"] = ($$"""{ organization: "{{NoOrganization}}" }""", Participants),
        ["verifyOrganization"] = ($$"""{ organization: "{{NoOrganization}}" }""", Planners),
        ["setOrganizationRequiresReview"] = ($$"""{ organization: "{{NoOrganization}}", requiresReview: true }""", Planners),
        ["requestMembership"] = ($$"""{ organization: "{{NoOrganization}}" }""", Participants),
        ["approveMembershipRequest"] = ($$"""{ request: "{{GlobalId.Encode("MembershipRequest", 999_999)}}" }""", Participants),
        ["declineMembershipRequest"] = ($$"""{ request: "{{GlobalId.Encode("MembershipRequest", 999_999)}}" }""", Participants),
        ["removeMember"] = ($$"""{ member: "{{GlobalId.Encode("OrganizationMember", 999_999)}}" }""", Participants),
        ["changeMemberRole"] = ($$"""{ member: "{{GlobalId.Encode("OrganizationMember", 999_999)}}", role: EDITOR }""", Participants),
        ["handOverOwnership"] = ($$"""{ member: "{{GlobalId.Encode("OrganizationMember", 999_999)}}" }""", Participants),
        ["leaveOrganization"] = ($$"""{ organization: "{{NoOrganization}}" }""", Participants),
        ["inviteMember"] = ($$"""{ organization: "{{NoOrganization}}", email: "x@example.org" }""", Participants),
        ["acceptInvitation"] = ("{ token: \"no-such-token\" }", Participants),
        ["revokeInvitation"] = ($$"""{ invitation: "{{GlobalId.Encode("MemberInvitation", 999_999)}}" }""", Participants),
        ["proposeCooperation"] = ($$"""{ organization: "{{NoOrganization}}", partner: "{{NoOrganization}}", form: JOINT_EVENT, intensity: 1, formality: INFORMAL }""", Participants),
        ["confirmCooperation"] = ($$"""{ id: "{{NoCooperation}}" }""", Participants),
        ["declineCooperation"] = ($$"""{ id: "{{NoCooperation}}" }""", Participants),
        ["endCooperation"] = ($$"""{ id: "{{NoCooperation}}" }""", Participants),
        ["createNetwork"] = ($$"""{ name: "x", coordinator: "{{NoOrganization}}" }""", Participants),
        ["updateNetwork"] = ($$"""{ id: "{{NoNetwork}}", name: "x" }""", Participants),
        ["addNetworkMember"] = ($$"""{ network: "{{NoNetwork}}", organization: "{{NoOrganization}}" }""", Participants),
        ["removeNetworkMember"] = ($$"""{ network: "{{NoNetwork}}", organization: "{{NoOrganization}}" }""", Participants),
        ["saveSocialReportDraft"] = ("{ year: 1, template: \"\", chapters: [] }", Planners),
        ["publishSocialReport"] = ("{ year: 1 }", Planners),
        ["rollbackImport"] = ($$"""{ batchId: "{{GlobalId.Encode("ImportBatch", 999_999)}}" }""", Planners),
        ["createIndicator"] = ("""{ key: "bad key", name: "x", unit: COUNT, polarity: CONTEXT }""", Planners),
        ["updateIndicator"] = ("""{ key: "no-such-indicator", name: "x", unit: COUNT, polarity: CONTEXT }""", Planners),
        ["retireIndicator"] = ("""{ key: "no-such-indicator" }""", Planners),
        ["createOffering"] = ($$"""{ organization: "{{NoOrganization}}", name: "x" }""", Participants),
        ["updateOffering"] = ($$"""{ id: "{{MissingOffering}}", version: 0, name: "x" }""", Participants),
        ["deleteOffering"] = ($$"""{ id: "{{MissingOffering}}" }""", Participants),
        ["publishOffering"] = ($$"""{ id: "{{MissingOffering}}" }""", Participants),
        ["confirmOfferingReviewed"] = ($$"""{ id: "{{MissingOffering}}" }""", Participants),
        ["approveOffering"] = ($$"""{ id: "{{MissingOffering}}" }""", Planners),
        ["createLocation"] = ($$"""{ organization: "{{NoOrganization}}", name: "x", latitude: 49.3, longitude: 6.75 }""", Participants),
        ["updateLocation"] = ($$"""{ id: "{{GlobalId.Encode("Location", 999_999)}}", version: 0, name: "x", latitude: 49.3, longitude: 6.75 }""", Participants),
        ["createFacility"] = ($$"""{ operator: "{{NoOrganization}}", location: "{{GlobalId.Encode("Location", 999_999)}}", name: "x", kind: OTHER }""", Participants),
        ["updateFacility"] = ($$"""{ id: "{{GlobalId.Encode("Facility", 999_999)}}", version: 0, operator: "{{NoOrganization}}", location: "{{GlobalId.Encode("Location", 999_999)}}", name: "x", kind: OTHER }""", Participants),
    };

    [Fact]
    public void Every_mutation_in_the_schema_has_a_row()
    {
        var schema = fixture.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        Assert.Equal(Matrix.Keys.Order(), schema.Mutation!.Fields.Select(f => f.Name).Order());
    }

    public static TheoryData<string, string> Cells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var mutation in Matrix.Keys)
        {
            foreach (var caller in Callers.Keys)
            {
                cells.Add(mutation, caller);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_is_allowed_or_denied_as_the_matrix_says(string mutation, string caller)
    {
        var (input, allowed) = Matrix[mutation];
        var token = Callers[caller];
        var http = token is null ? fixture.Client() : fixture.Client(token);

        var (response, body) = await TokenValidationTests.PostAsync(http, $"mutation {{ {mutation}(input: {input}) {{ errors {{ code }} }} }}");

        if (allowed.Contains(caller))
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{caller}: {body}");
            Assert.False(body.TryGetProperty("errors", out _), $"{caller}: {body}");
            Assert.True(body.GetProperty("data").GetProperty(mutation).TryGetProperty("errors", out _), body.ToString());
        }
        else
        {
            var expected = token is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == expected, $"{caller}: {(int)response.StatusCode} {body}");
            Assert.False(body.TryGetProperty("data", out _), $"{caller}: {body}");
        }
    }
}
