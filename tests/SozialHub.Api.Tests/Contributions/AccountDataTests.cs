using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>What identity's machine client does when a person deletes their account or downloads their data.</summary>
[Collection(ApiCollection.Collection)]
public sealed class AccountDataTests(ApiEnvironment environment)
{
    private static readonly TestToken AccountClient = TestToken.Machine(ParticipationApi.AccountClient, "hub.read", "hub.write");

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Export_lists_a_persons_contributions_and_deletion_anonymises_them(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var (leaving, keeping) = (ParticipationApi.Person("Gisela Gehend", "citizen"), ParticipationApi.Person("Bleibende Person", "citizen"));
        var comment = await api.CommentAsync(leaving, "Mein Beitrag bleibt, mein Name geht.");
        var other = await api.CommentAsync(keeping, "Ein anderer Beitrag.");
        await api.SucceedAsync(leaving, "supportContribution", new { id = other.Id() });
        await api.SucceedAsync(leaving, "flagContribution", new { id = other.Id(), reason = "nur ein Test" });

        var export = await api.Client(AccountClient).QueryAsync(
            "query($s: String!) { accountParticipation(subject: $s) { contributions { id text state } supported flags { contribution reason } } }",
            new { s = leaving.Subject });
        var anonymized = await api.Client(AccountClient).QueryAsync(
            "mutation($input: AnonymizeContributionsInput!) { anonymizeContributions(input: $input) { count errors { code } } }",
            new { input = new { subject = leaving.Subject, deleteTexts = false } });
        var after = await api.Client(null).QueryAsync("query($id: ID!) { node(id: $id) { ... on Contribution { authorName text } } }", new { id = comment.Id() });

        var data = export.GetProperty("accountParticipation");
        Assert.Equal("Mein Beitrag bleibt, mein Name geht.", Assert.Single(data.GetProperty("contributions").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(other.Id(), Assert.Single(data.GetProperty("supported").EnumerateArray()).GetString());
        Assert.Equal("nur ein Test", Assert.Single(data.GetProperty("flags").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(1, anonymized.GetProperty("anonymizeContributions").GetProperty("count").GetInt32());
        Assert.Equal("gelöschtes Konto", after.GetProperty("node").GetProperty("authorName").GetString());
        Assert.Equal("Mein Beitrag bleibt, mein Name geht.", after.GetProperty("node").GetProperty("text").GetString());
        Assert.Equal(0, await api.CountAsync(db => db.ContributionSupports.CountAsync(s => s.Subject == leaving.Subject)));
        Assert.Equal(0, await api.CountAsync(db => db.ContributionFlags.CountAsync(f => f.Subject == leaving.Subject)));
        Assert.Equal(0, await api.ContributionsOfAsync(leaving));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_person_who_deletes_their_texts_leaves_replies_in_place(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var leaving = ParticipationApi.Person("Tilda Tabula", "citizen");
        var comment = await api.CommentAsync(leaving, "Bitte alles löschen.");
        await api.SucceedAsync(leaving, "editContribution", new { id = comment.Id(), text = "Bitte wirklich alles löschen." });
        await api.ReplyAsync(ParticipationApi.Person("Antwortende", "citizen"), comment, "Die Antwort bleibt.");

        await api.Client(AccountClient).QueryAsync(
            "mutation($input: AnonymizeContributionsInput!) { anonymizeContributions(input: $input) { count } }",
            new { input = new { subject = leaving.Subject, deleteTexts = true } });
        var after = await api.Client(null).QueryAsync("query($id: ID!) { node(id: $id) { ... on Contribution { state authorName text replies { text } } } }",
            new { id = comment.Id() });

        var node = after.GetProperty("node");
        Assert.Equal("DELETED", node.GetProperty("state").GetString());
        Assert.Equal("gelöschtes Konto", node.GetProperty("authorName").GetString());
        Assert.Equal("Die Antwort bleibt.", Assert.Single(node.GetProperty("replies").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(0, await api.CountAsync(db => db.ContributionRevisions.CountAsync(r => r.Text == "Bitte alles löschen.")));
    }
}
