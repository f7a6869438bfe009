using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Organizations;

/// <summary>Join requests, invitations, roles, handover and leaving; who may do which (through OrganizationAccess).</summary>
[Collection(ApiCollection.Collection)]
public sealed class MembershipTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_join_request_waits_and_only_an_owner_or_a_planner_decides(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var (owner, editor, asker, other) = (TeamApi.Person("Jo Owner"), TeamApi.Person("Jo Editor"), TeamApi.Person("Jo Asker"), TeamApi.Person("Jo Other"));
        var planner = TeamApi.Person("Jo Planner", "planner");
        var organization = await api.OrganizationAsync(owner);
        await api.JoinAsync(owner, organization, editor);

        var asked = await api.SucceedAsync(asker, "requestMembership", new { organization, message = "Ich leite die Hausaufgabenhilfe." });
        var request = asked.GetProperty("request").GetProperty("id").GetString()!;
        var twice = await api.MutateAsync(asker, "requestMembership", new { organization });
        var askerView = await api.ViewerAsync(asker);
        var plannerView = await api.ViewerAsync(planner);
        var byEditor = await api.MutateAsync(editor, "approveMembershipRequest", new { request });
        var editorSees = await api.MembersAsync(editor, organization);
        var approved = await api.SucceedAsync(owner, "approveMembershipRequest", new { request });
        var again = await api.MutateAsync(owner, "approveMembershipRequest", new { request });
        var otherRequest = (await api.SucceedAsync(other, "requestMembership", new { organization })).GetProperty("request").GetProperty("id").GetString()!;
        var declined = await api.SucceedAsync(planner, "declineMembershipRequest", new { request = otherRequest });

        Assert.Equal("PENDING", asked.GetProperty("request").GetProperty("status").GetString());
        Assert.Equal(("organization", "ALREADY_DONE"), twice.Problem());
        Assert.Equal(request, Assert.Single(askerView.GetProperty("membershipRequests").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains(plannerView.GetProperty("openMembershipRequests").EnumerateArray(), r => r.GetProperty("id").GetString() == request);
        Assert.Equal(("request", "NOT_ALLOWED"), byEditor.Problem());
        Assert.Equal(JsonValueKind.Array, editorSees.GetProperty("members").ValueKind);
        Assert.Equal(JsonValueKind.Null, editorSees.GetProperty("membershipRequests").ValueKind);
        Assert.Equal("APPROVED", approved.GetProperty("request").GetProperty("status").GetString());
        Assert.Equal(("request", "CONFLICT"), again.Problem());
        Assert.Equal("DECLINED", declined.GetProperty("request").GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string> { ["Jo Owner"] = "OWNER", ["Jo Editor"] = "EDITOR", ["Jo Asker"] = "EDITOR" }, await api.RolesAsync(owner, organization));
        Assert.Equal("EDITOR", Assert.Single((await api.ViewerAsync(asker)).GetProperty("memberships").EnumerateArray()).GetProperty("role").GetString());
        Assert.Empty((await api.ViewerAsync(other)).GetProperty("memberships").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task An_invitation_is_accepted_once_and_only_its_hash_is_stored(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var (owner, invitee, late) = (TeamApi.Person("In Owner"), TeamApi.Person("In Vitee"), TeamApi.Person("In Late"));
        var organization = await api.OrganizationAsync(owner);

        var invited = await api.SucceedAsync(owner, "inviteMember", new { organization, email = invitee.Email, role = "OWNER" });
        var token = invited.GetProperty("token").GetString()!;
        var inviteeView = await api.ViewerAsync(invitee);
        var accepted = await api.SucceedAsync(invitee, "acceptInvitation", new { token });
        var reused = await api.MutateAsync(late, "acceptInvitation", new { token });
        var unknown = await api.MutateAsync(late, "acceptInvitation", new { token = "gibt-es-nicht" });
        var hashes = await api.Api.Api.WithDbAsync(db => db.MemberInvitations.Where(i => i.Email == invitee.Email).Select(i => i.TokenHash).ToListAsync());

        var invitation = invited.GetProperty("invitation");
        Assert.Equal(("OPEN", "OWNER"), (invitation.GetProperty("state").GetString(), invitation.GetProperty("role").GetString()));
        var expires = invitation.GetProperty("expiresAt").GetDateTime();
        Assert.InRange(expires, DateTime.UtcNow.AddDays(7).AddMinutes(-5), DateTime.UtcNow.AddDays(7).AddMinutes(5));
        Assert.Single(inviteeView.GetProperty("invitations").EnumerateArray());
        Assert.Equal("ACCEPTED", accepted.GetProperty("invitation").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("token").ValueKind);
        var (field, code, message) = reused.Error();
        Assert.Equal(("token", "CONFLICT"), (field, code));
        Assert.Contains("schon angenommen", message, StringComparison.Ordinal);
        Assert.Equal(("token", "NOT_FOUND"), unknown.Problem());
        Assert.Equal(Api.Organizations.Members.Invitations.Hash(token), Assert.Single(hashes));
        Assert.DoesNotContain(token, hashes);
        Assert.Equal(new Dictionary<string, string> { ["In Owner"] = "OWNER", ["In Vitee"] = "OWNER" }, await api.RolesAsync(owner, organization));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Expired_and_revoked_invitations_are_refused_and_nobody_joins(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var (owner, editor, invitee) = (TeamApi.Person("Ex Owner"), TeamApi.Person("Ex Editor"), TeamApi.Person("Ex Invitee"));
        var organization = await api.OrganizationAsync(owner);
        await api.JoinAsync(owner, organization, editor);
        var expiring = (await api.SucceedAsync(owner, "inviteMember", new { organization, email = invitee.Email })).GetProperty("token").GetString()!;
        var revoking = await api.SucceedAsync(owner, "inviteMember", new { organization, email = "zweite@example.org" });
        // Eight days later: the stored expiry has passed.
        await api.Api.Api.WithDbAsync(db => db.MemberInvitations.Where(i => i.Email == invitee.Email)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddDays(-1))));

        var expired = await api.MutateAsync(invitee, "acceptInvitation", new { token = expiring });
        var byEditor = await api.MutateAsync(editor, "revokeInvitation", new { invitation = revoking.GetProperty("invitation").GetProperty("id").GetString() });
        var revoked = await api.SucceedAsync(owner, "revokeInvitation", new { invitation = revoking.GetProperty("invitation").GetProperty("id").GetString() });
        var afterRevoke = await api.MutateAsync(invitee, "acceptInvitation", new { token = revoking.GetProperty("token").GetString() });
        var open = await api.MembersAsync(owner, organization);

        var (field, code, message) = expired.Error();
        Assert.Equal(("token", "CONFLICT"), (field, code));
        Assert.Contains("abgelaufen", message, StringComparison.Ordinal);
        Assert.Equal(("invitation", "NOT_ALLOWED"), byEditor.Problem());
        Assert.Equal("REVOKED", revoked.GetProperty("invitation").GetProperty("state").GetString());
        Assert.Contains("zurückgezogen", afterRevoke.Error().Message, StringComparison.Ordinal);
        Assert.Equal(["EXPIRED"], open.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("state").GetString()));
        Assert.Empty((await api.ViewerAsync(invitee)).GetProperty("memberships").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_last_owner_cannot_leave_until_ownership_is_handed_over(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var (owner, editor) = (TeamApi.Person("Ho Owner"), TeamApi.Person("Ho Editor"));
        var organization = await api.OrganizationAsync(owner);
        var editorId = await api.JoinAsync(owner, organization, editor);
        var ownerId = await api.MemberIdAsync(owner, organization, "Ho Owner");

        var leave = await api.MutateAsync(owner, "leaveOrganization", new { organization });
        var demote = await api.MutateAsync(owner, "changeMemberRole", new { member = ownerId, role = "EDITOR" });
        var removeSelf = await api.MutateAsync(owner, "removeMember", new { member = ownerId });
        var byEditor = await api.MutateAsync(editor, "handOverOwnership", new { member = editorId });
        var handedOver = await api.SucceedAsync(owner, "handOverOwnership", new { member = editorId });
        var rolesAfterHandover = await api.RolesAsync(editor, organization);
        var removeByFormerOwner = await api.MutateAsync(owner, "removeMember", new { member = editorId });
        await api.SucceedAsync(owner, "leaveOrganization", new { organization });
        var lastLeaves = await api.MutateAsync(editor, "leaveOrganization", new { organization });

        foreach (var refused in new[] { leave, demote, removeSelf })
        {
            Assert.Equal("CONFLICT", refused.Problem().Code);
            Assert.Contains("mindestens einen Inhaber", refused.Error().Message, StringComparison.Ordinal);
        }

        Assert.Equal(("member", "NOT_ALLOWED"), byEditor.Problem());
        Assert.Equal("OWNER", handedOver.GetProperty("member").GetProperty("role").GetString());
        Assert.Equal(new Dictionary<string, string> { ["Ho Owner"] = "EDITOR", ["Ho Editor"] = "OWNER" }, rolesAfterHandover);
        Assert.Equal(("member", "NOT_ALLOWED"), removeByFormerOwner.Problem());
        Assert.Equal("CONFLICT", lastLeaves.Problem().Code);
        Assert.Equal(new Dictionary<string, string> { ["Ho Editor"] = "OWNER" }, await api.RolesAsync(editor, organization));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Owners_change_roles_and_remove_members_strangers_and_the_public_see_no_team(DatabaseProvider provider)
    {
        var api = await TeamApi.SharedAsync(environment, provider);
        var (owner, editor, stranger) = (TeamApi.Person("Ro Owner"), TeamApi.Person("Ro Editor"), TeamApi.Person("Ro Stranger"));
        var planner = TeamApi.Person("Ro Planner", "planner");
        var organization = await api.OrganizationAsync(owner);
        var editorId = await api.JoinAsync(owner, organization, editor);

        var strangerInvites = await api.MutateAsync(stranger, "inviteMember", new { organization, email = "x@example.org" });
        var editorInvites = await api.MutateAsync(editor, "inviteMember", new { organization, email = "x@example.org" });
        var plannerInvites = await api.MutateAsync(planner, "inviteMember", new { organization, email = "y@example.org" });
        var memberAgain = await api.MutateAsync(owner, "inviteMember", new { organization, email = editor.Email!.ToUpperInvariant() });
        var promoted = await api.SucceedAsync(owner, "changeMemberRole", new { member = editorId, role = "OWNER" });
        await api.SucceedAsync(owner, "changeMemberRole", new { member = editorId, role = "EDITOR" });
        var strangerRemoves = await api.MutateAsync(stranger, "removeMember", new { member = editorId });
        var publicView = await api.MembersAsync(null, organization);
        var strangerView = await api.MembersAsync(stranger, organization);
        var removed = await api.SucceedAsync(owner, "removeMember", new { member = editorId });

        Assert.Equal(("organization", "NOT_ALLOWED"), strangerInvites.Problem());
        Assert.Equal(("organization", "NOT_ALLOWED"), editorInvites.Problem());
        Assert.Empty(plannerInvites.GetProperty("errors").EnumerateArray());
        Assert.Equal(("email", "ALREADY_DONE"), memberAgain.Problem());
        Assert.Equal("OWNER", promoted.GetProperty("member").GetProperty("role").GetString());
        Assert.Equal(("member", "NOT_ALLOWED"), strangerRemoves.Problem());
        foreach (var hidden in new[] { publicView, strangerView })
        {
            Assert.All(["members", "membershipRequests", "invitations"], f => Assert.Equal(JsonValueKind.Null, hidden.GetProperty(f).ValueKind));
        }

        Assert.Equal("Ro Editor", removed.GetProperty("member").GetProperty("displayName").GetString());
        Assert.Equal(new Dictionary<string, string> { ["Ro Owner"] = "OWNER" }, await api.RolesAsync(owner, organization));
        Assert.Empty((await api.ViewerAsync(editor)).GetProperty("memberships").EnumerateArray());
    }
}
