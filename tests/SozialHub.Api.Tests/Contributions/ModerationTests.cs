using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>Flags hide a contribution until a planner decides; pre-moderation; the moderation log.</summary>
[Collection(ApiCollection.Collection)]
public sealed class ModerationTests(ApiEnvironment environment)
{
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { ... on Contribution { state text hiddenReason replies { text } } } }";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Three_flags_hide_a_comment_its_replies_stay_and_a_planner_restores_it(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Fritz Flagged", "citizen");
        var planner = ParticipationApi.Person("Petra Plan", "planner");
        var comment = await api.CommentAsync(author, "Ein strittiger Kommentar.", "inclusion");
        await api.ReplyAsync(ParticipationApi.Person("Rita Reply", "citizen"), comment, "Eine Antwort.");

        var noReason = await api.MutateAsync(ParticipationApi.Person("Nora Noreason", "citizen"), "flagContribution", new { id = comment.Id(), reason = " " });
        var flaggers = Enumerable.Range(1, 3).Select(i => ParticipationApi.Person($"Melder {i}", "citizen")).ToList();
        var states = new List<string>();
        JsonElement? twice = null;
        foreach (var flagger in flaggers)
        {
            states.Add((await api.SucceedAsync(flagger, "flagContribution", new { id = comment.Id(), reason = "beleidigend" })).GetProperty("state").GetString()!);
            twice ??= await api.MutateAsync(flaggers[0], "flagContribution", new { id = comment.Id(), reason = "nochmal" });
        }

        var hidden = (await api.Client(null).QueryAsync(NodeQuery, new { id = comment.Id() })).GetProperty("node");
        var queue = await api.Client(planner).QueryAsync("{ moderationQueue(state: HIDDEN) { nodes { id moderation { text flags { reason } } } } }");
        var restored = await api.SucceedAsync(planner, "restoreContribution", new { id = comment.Id() });
        var afterwards = (await api.Client(null).QueryAsync(NodeQuery, new { id = comment.Id() })).GetProperty("node");
        var log = await api.Client(planner).QueryAsync("query($id: ID!) { node(id: $id) { ... on Contribution { moderation { actions { kind moderatorName } } } } }",
            new { id = comment.Id() });

        Assert.Equal(("reason", "REQUIRED"), noReason.Error());
        Assert.Equal(["PUBLISHED", "PUBLISHED", "HIDDEN"], states);
        Assert.Equal(("id", "ALREADY_DONE"), twice!.Value.Error());
        Assert.Equal("HIDDEN", hidden.GetProperty("state").GetString());
        Assert.Null(hidden.Text("text"));
        Assert.False(string.IsNullOrEmpty(hidden.Text("hiddenReason")));
        Assert.Equal("Eine Antwort.", Assert.Single(hidden.GetProperty("replies").EnumerateArray()).GetProperty("text").GetString());
        var queued = Assert.Single(queue.GetProperty("moderationQueue").GetProperty("nodes").EnumerateArray(), c => c.Id() == comment.Id());
        Assert.Equal("Ein strittiger Kommentar.", queued.GetProperty("moderation").GetProperty("text").GetString());
        Assert.Equal(3, queued.GetProperty("moderation").GetProperty("flags").GetArrayLength());
        Assert.Equal("PUBLISHED", restored.GetProperty("state").GetString());
        Assert.Equal("Ein strittiger Kommentar.", afterwards.Text("text"));
        Assert.Equal(["HIDE_BY_FLAGS", "RESTORE"], log.GetProperty("node").GetProperty("moderation").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal("Petra Plan", log.GetProperty("node").GetProperty("moderation").GetProperty("actions")[1].GetProperty("moderatorName").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_planner_hides_with_a_public_reason_and_the_log_says_who(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var planner = ParticipationApi.Person("Hanna Hide", "planner");
        var comment = await api.CommentAsync(ParticipationApi.Person("Werner Werbung", "citizen"), "Kaufen Sie jetzt!");

        var hidden = await api.SucceedAsync(planner, "hideContribution", new { id = comment.Id(), reason = "Werbung" }, "state hiddenReason text");
        var twice = await api.MutateAsync(planner, "hideContribution", new { id = comment.Id(), reason = "Werbung" });
        var log = await api.Client(planner).QueryAsync("{ moderationLog(first: 50) { nodes { kind moderatorName reason contribution { id } } } }");

        Assert.Equal("Werbung", hidden.GetProperty("hiddenReason").GetString());
        Assert.Null(hidden.Text("text"));
        Assert.Equal(("id", "CONFLICT"), twice.Error());
        Assert.Contains(log.GetProperty("moderationLog").GetProperty("nodes").EnumerateArray(), a =>
            a.GetProperty("kind").GetString() == "HIDE" && a.GetProperty("moderatorName").GetString() == "Hanna Hide"
            && a.GetProperty("reason").GetString() == "Werbung" && a.GetProperty("contribution").Id() == comment.Id());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task With_pre_moderation_a_new_authors_first_contribution_waits_for_approval(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider, "participation-premoderated", ("Participation:PreModeration", "1"));
        var author = ParticipationApi.Person("Neu Ling", "citizen");
        var planner = ParticipationApi.Person("Frieda Freigabe", "planner");

        var first = await api.CommentAsync(author, "Mein erster Beitrag.", "labour");
        var publicBefore = await PublicIdsAsync(api);
        var asNode = await api.Client(null).QueryAsync(NodeQuery, new { id = first.Id() });
        var queue = await api.Client(planner).QueryAsync("{ moderationQueue(state: PENDING) { nodes { id } } }");
        var approved = await api.SucceedAsync(planner, "approveContribution", new { id = first.Id() });
        var second = await api.CommentAsync(author, "Mein zweiter Beitrag.", "labour");
        var publicAfter = await PublicIdsAsync(api);

        Assert.Equal("PENDING", first.GetProperty("state").GetString());
        Assert.DoesNotContain(first.Id(), publicBefore);
        Assert.Equal(JsonValueKind.Null, asNode.GetProperty("node").ValueKind);
        Assert.Contains(queue.GetProperty("moderationQueue").GetProperty("nodes").EnumerateArray(), c => c.Id() == first.Id());
        Assert.Equal("PUBLISHED", approved.GetProperty("state").GetString());
        Assert.Equal("PUBLISHED", second.GetProperty("state").GetString());
        Assert.Contains(first.Id(), publicAfter);
        Assert.Contains(second.Id(), publicAfter);
    }

    private static async Task<List<string>> PublicIdsAsync(ParticipationApi api) =>
        [.. (await api.Client(null).QueryAsync("""{ contributions(actionField: "labour", first: 500) { nodes { id } } }"""))
            .GetProperty("contributions").GetProperty("nodes").EnumerateArray().Select(c => c.Id())];
}
