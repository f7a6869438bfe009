using Microsoft.EntityFrameworkCore;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Contributions;

/// <summary>Local knowledge placed by point or by list, bad input refused without storing anything, anti-spam limits.</summary>
[Collection(ApiCollection.Collection)]
public sealed class LocalKnowledgeAndSpamTests(ApiEnvironment environment)
{
    private const string LocalKnowledgeFields = "id category title socialSpace { key } latitude longitude";

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_point_is_assigned_to_the_social_space_it_lies_in(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Lena Local", "citizen");

        // Inside the demo outline of Roden-Nord (and no other social space).
        var placed = await api.SucceedAsync(author, "postLocalKnowledge",
            new { category = "MEETING_PLACE", title = "Bank am Weiher", text = "Hier treffen sich abends die Jugendlichen.", latitude = 49.342, longitude = 6.773 },
            LocalKnowledgeFields);
        var chosen = await api.SucceedAsync(author, "postLocalKnowledge",
            new { category = "MISSING_OFFERING", title = "Kein Jugendtreff", text = "Es fehlt ein Jugendtreff.", socialSpace = "lisdorf-mitte" }, LocalKnowledgeFields);
        var listed = await api.Client(null).QueryAsync("""{ socialSpace(key: "roden-nord") { localKnowledge { id title category } } }""");

        Assert.Equal("roden-nord", placed.GetProperty("socialSpace").GetProperty("key").GetString());
        Assert.Equal(49.342, placed.GetProperty("latitude").GetDouble());
        Assert.Equal("lisdorf-mitte", chosen.GetProperty("socialSpace").GetProperty("key").GetString());
        Assert.Contains(listed.GetProperty("socialSpace").GetProperty("localKnowledge").EnumerateArray(),
            k => k.Id() == placed.Id() && k.GetProperty("category").GetString() == "MEETING_PLACE");
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Bad_input_is_answered_in_the_payload_and_stores_nothing(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Bodo Bad", "citizen");

        var outside = await api.MutateAsync(author, "postLocalKnowledge",
            new { category = "PROBLEM", title = "Paris", text = "Zu weit weg.", latitude = 48.8566, longitude = 2.3522 }, LocalKnowledgeFields);
        var empty = await api.MutateAsync(author, "postComment", new { actionField = "education", text = "   " });
        var tooLong = await api.MutateAsync(author, "postComment", new { actionField = "education", text = new string('a', 5001) });
        var noTarget = await api.MutateAsync(author, "postComment", new { text = "Wohin damit?" });
        // Valid text and target, but the context names an indicator that does not exist: nothing half-saved.
        var badContext = await api.MutateAsync(author, "postComment",
            new { actionField = "education", text = "Gültiger Text", context = new { indicator = "no_such_indicator", year = 2024 } });
        var unconfirmed = await api.MutateAsync(ParticipationApi.Person("Ulla Unconfirmed", "citizen") with { EmailVerified = false },
            "postComment", new { actionField = "education", text = "Noch nicht bestätigt" });

        Assert.Equal(("latitude", "INVALID"), outside.Error());
        Assert.Equal(("text", "REQUIRED"), empty.Error());
        Assert.Equal(("text", "TOO_LONG"), tooLong.Error());
        Assert.Equal(("actionField", "REQUIRED"), noTarget.Error());
        Assert.Equal(("context.indicator", "NOT_FOUND"), badContext.Error());
        Assert.Equal((null, "EMAIL_NOT_CONFIRMED"), unconfirmed.Error());
        Assert.Equal(0, await api.ContributionsOfAsync(author));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task The_same_text_twice_within_the_window_is_refused(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Doppel Text", "citizen");

        await api.CommentAsync(author, "Bitte mehr Bänke im Park.");
        var again = await api.MutateAsync(author, "postComment", new { actionField = "housing", text = "Bitte mehr Bänke im Park." });
        var someoneElse = await api.CommentAsync(ParticipationApi.Person("Andere Person", "citizen"), "Bitte mehr Bänke im Park.");

        Assert.Equal(("text", "DUPLICATE"), again.Error());
        Assert.Equal("PUBLISHED", someoneElse.GetProperty("state").GetString());
        Assert.Equal(1, await api.ContributionsOfAsync(author));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task More_than_the_hourly_limit_is_refused(DatabaseProvider provider)
    {
        var api = await ParticipationApi.SharedAsync(environment, provider);
        var author = ParticipationApi.Person("Ratz Fatz", "citizen");

        for (var i = 1; i <= 10; i++)
        {
            await api.CommentAsync(author, $"Gedanke Nummer {i}");
        }

        var eleventh = await api.MutateAsync(author, "postComment", new { actionField = "education", text = "Gedanke Nummer 11" });

        Assert.Equal((null, "RATE_LIMITED"), eleventh.Error());
        Assert.Equal(10, await api.ContributionsOfAsync(author));
        Assert.Equal(0, await api.CountAsync(db => db.Contributions.CountAsync(c => c.Text == "Gedanke Nummer 11")));
    }
}
