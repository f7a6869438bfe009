using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>Posting and reading comments: target, context, replies, edits, deletion, support — on SQLite and MariaDB.</summary>
[Collection(ApiCollection.Collection)]
public sealed class PostingTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_comment_on_an_action_field_is_public_with_its_authors_name_and_context(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Erika Posting", "citizen");

        var posted = await api.SucceedAsync(author, "postComment", new
        {
            actionField = "education", text = "Mehr **Hausaufgabenhilfe** in Roden!",
            context = new { socialSpace = "roden-nord", indicator = "sgb2_share", year = 2024 },
        });
        var data = await api.Client(null).QueryAsync("""
            { actionField(key: "education") { contributions { id authorName text html state
                context { socialSpace { key } indicator { key } year } actionField { key } } } }
            """);

        var mine = data.GetProperty("actionField").GetProperty("contributions").EnumerateArray().Single(c => c.Id() == posted.Id());
        Assert.Equal("PUBLISHED", mine.GetProperty("state").GetString());
        Assert.Equal("Erika Posting", mine.GetProperty("authorName").GetString());
        Assert.Equal("<p>Mehr <strong>Hausaufgabenhilfe</strong> in Roden!</p>", mine.GetProperty("html").GetString()!.Trim());
        var context = mine.GetProperty("context");
        Assert.Equal("roden-nord", context.GetProperty("socialSpace").GetProperty("key").GetString());
        Assert.Equal("sgb2_share", context.GetProperty("indicator").GetProperty("key").GetString());
        Assert.Equal(2024, context.GetProperty("year").GetInt32());
        Assert.Equal(1, await api.ContributionsOfAsync(author));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Replies_go_three_levels_deep_and_no_further(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var (a, b) = (ParticipationApi.Person("Anna Thread", "citizen"), ParticipationApi.Person("Ben Thread", "citizen"));

        var root = await api.CommentAsync(a, "Wo kann man in Lisdorf Fußball spielen?", "participation");
        var first = await api.ReplyAsync(b, root, "Am Sportplatz.");
        var second = await api.ReplyAsync(a, first, "Ist der offen?");
        var third = await api.ReplyAsync(b, second, "Nachmittags ja.");
        var fourth = await api.MutateAsync(a, "postComment", new { replyTo = third.Id(), text = "Danke!" });
        var thread = await api.Client(null).QueryAsync("query($id: ID!) { node(id: $id) { ... on Contribution { replies { depth replies { replies { depth actionField { key } } } } } } }",
            new { id = root.Id() });

        Assert.Equal([0, 1, 2, 3], new[] { root, first, second, third }.Select(c => c.GetProperty("depth").GetInt32()));
        Assert.Equal(("replyTo", "INVALID"), fourth.Error());
        var deepest = thread.GetProperty("node").GetProperty("replies")[0].GetProperty("replies")[0].GetProperty("replies")[0];
        Assert.Equal(3, deepest.GetProperty("depth").GetInt32());
        Assert.Equal("participation", deepest.GetProperty("actionField").GetProperty("key").GetString());
        Assert.Equal(2, await api.ContributionsOfAsync(a));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Editing_marks_the_comment_edited_and_keeps_the_previous_text_for_planners(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Edda Edit", "citizen");
        var other = ParticipationApi.Person("Otto Other", "citizen");
        var planner = ParticipationApi.Person("Paula Plan", "planner");
        var posted = await api.CommentAsync(author, "Erste Fassung");

        var edited = await api.SucceedAsync(author, "editContribution", new { id = posted.Id(), text = "Zweite Fassung" });
        var foreign = await api.MutateAsync(other, "editContribution", new { id = posted.Id(), text = "Übernommen" });
        var history = await api.Client(planner).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Contribution { text isEdited moderation { revisions { text } } } } }", new { id = posted.Id() });

        Assert.False(posted.GetProperty("isEdited").GetBoolean());
        Assert.True(edited.GetProperty("isEdited").GetBoolean());
        Assert.Equal("Zweite Fassung", edited.GetProperty("text").GetString());
        Assert.Equal(("id", "NOT_ALLOWED"), foreign.Error());
        var node = history.GetProperty("node");
        Assert.Equal("Zweite Fassung", node.GetProperty("text").GetString());
        Assert.Equal("Erste Fassung", Assert.Single(node.GetProperty("moderation").GetProperty("revisions").EnumerateArray()).GetProperty("text").GetString());
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_deleted_comment_shows_as_deleted_and_its_replies_stay(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var (a, b) = (ParticipationApi.Person("Dora Delete", "citizen"), ParticipationApi.Person("Bert Reply", "citizen"));
        var root = await api.CommentAsync(a, "Das nehme ich gleich zurück.", "housing");
        await api.ReplyAsync(b, root, "Schade!");

        var deleted = await api.SucceedAsync(a, "deleteContribution", new { id = root.Id() });
        var again = await api.MutateAsync(a, "editContribution", new { id = root.Id(), text = "Doch nicht" });
        var read = await api.Client(null).QueryAsync("query($id: ID!) { node(id: $id) { ... on Contribution { state text html replies { text } } } }",
            new { id = root.Id() });

        Assert.Equal("DELETED", deleted.GetProperty("state").GetString());
        Assert.Equal(("id", "CONFLICT"), again.Error());
        var node = read.GetProperty("node");
        Assert.Null(node.Text("text"));
        Assert.Null(node.Text("html"));
        Assert.Equal("Schade!", Assert.Single(node.GetProperty("replies").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("", await api.Api.WithDbAsync(db => db.Contributions.Where(c => c.AuthorSubject == a.Subject).Select(c => c.Text).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Support_counts_once_per_person_and_sorts_the_most_supported_first(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Sina Support", "citizen");
        var fans = Enumerable.Range(1, 2).Select(i => ParticipationApi.Person($"Fan {i}", "citizen")).ToList();
        var popular = await api.SucceedAsync(author, "postComment", new { socialSpace = "lisdorf-mitte", text = "Ein Spielplatz fehlt." });
        var newer = await api.SucceedAsync(author, "postComment", new { socialSpace = "lisdorf-mitte", text = "Und eine Bank." });

        foreach (var fan in fans)
        {
            await api.SucceedAsync(fan, "supportContribution", new { id = popular.Id() });
        }

        var twice = await api.MutateAsync(fans[0], "supportContribution", new { id = popular.Id() });
        var own = await api.MutateAsync(author, "supportContribution", new { id = popular.Id() });
        var lists = await api.Client(null).QueryAsync("""
            { socialSpace(key: "lisdorf-mitte") { top: contributions(sort: MOST_SUPPORTED) { id supportCount } newest: contributions { id } } }
            """);

        Assert.Equal(("id", "ALREADY_DONE"), twice.Error());
        Assert.Equal(("id", "NOT_ALLOWED"), own.Error());
        var space = lists.GetProperty("socialSpace");
        var ours = new[] { popular.Id(), newer.Id() };
        var top = space.GetProperty("top").EnumerateArray().Where(c => ours.Contains(c.Id())).ToList();
        Assert.Equal(ours, top.Select(c => c.Id()));
        Assert.Equal(2, top[0].GetProperty("supportCount").GetInt32());
        Assert.Equal(new[] { newer.Id(), popular.Id() }, space.GetProperty("newest").EnumerateArray().Select(c => c.Id()).Where(ours.Contains));
        Assert.Equal(2, await api.CountAsync(db => db.ContributionSupports.CountAsync(s => s.Subject.StartsWith("Fan ") && fans.Select(f => f.Subject).Contains(s.Subject))));
    }
}
