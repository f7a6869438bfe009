using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Offerings;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.DirectoryTests;

/// <summary>
/// The public offering search over the seeded directory: <c>where</c> filters together with <c>search</c> (words, age,
/// open now). Expectations are computed from the database rows in memory, never written down.
/// </summary>
[Collection(ApiCollection.Collection)]
public sealed class OfferingSearchTests(ApiEnvironment environment)
{
    private const string Query = """
        query($where: OfferingFilterInput, $search: OfferingSearchInput) {
          offerings(where: $where, search: $search, first: 500) { totalCount nodes { id } }
        }
        """;

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Words_age_action_field_target_group_and_cost_together_find_what_the_rows_say(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);
        var offerings = await LoadAsync(api);
        // The most common action field and target group, so the combination is not empty by chance.
        var field = offerings.SelectMany(o => o.ActionFields).GroupBy(a => a.Key).MaxBy(g => g.Count())!.Key;
        var group = offerings.Where(o => o.ActionFields.Any(a => a.Key == field))
            .SelectMany(o => o.TargetGroups).GroupBy(t => t.Key).MaxBy(g => g.Count())!.Key;

        var expected = Ids(offerings.Where(o => o.ActionFields.Any(a => a.Key == field) && o.TargetGroups.Any(t => t.Key == group)
            && o.CostKind == CostKind.Free && (o.MinimumAge ?? 0) <= 12 && (o.MaximumAge ?? 120) >= 12
            && (o.Name.Contains("beratung", StringComparison.OrdinalIgnoreCase) || o.Description.Contains("beratung", StringComparison.OrdinalIgnoreCase))));
        var byWordsOnly = Ids(offerings.Where(o => new[] { "synthetisch", "saarlouis" }.All(w =>
            o.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || o.Description.Contains(w, StringComparison.OrdinalIgnoreCase))));

        var found = await SearchAsync(api.CreateClient(),
            new { actionField = new { eq = field }, targetGroup = new { eq = group }, costKind = new { eq = "FREE" } },
            new { text = "beratung", age = 12 });
        var words = await SearchAsync(api.CreateClient(), null, new { text = "  Synthetisch   SAARLOUIS " });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
        Assert.InRange(byWordsOnly.Count, 1, offerings.Count - 1);
        Assert.Equal(byWordsOnly, words);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task An_age_outside_0_to_120_or_a_too_long_text_is_a_bad_request_naming_the_field(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var age = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = Query, variables = new { search = new { age = 121 } } });
        var text = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = Query, variables = new { search = new { text = new string('a', 201) } } });

        Assert.Contains("search.age", await age.Content.ReadAsStringAsync());
        Assert.Contains("search.text", await text.Content.ReadAsStringAsync());
    }

    /// <summary>Wednesday 10:15 in Saarlouis, in summer time (08:15 UTC): inside and outside the seeded slots' validity (to 31.07.2025).</summary>
    public static TheoryData<DatabaseProvider, string> OpenNowCases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in DatabaseProviders.All.Cast<object?[]>().Select(row => (DatabaseProvider)row[0]!))
        {
            cases.Add(provider, "2025-06-11T08:15:00Z");
            cases.Add(provider, "2025-08-13T08:15:00Z");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(OpenNowCases))]
    public async Task Open_now_evaluates_the_weekly_hours_in_Berlin_time_with_their_validity(DatabaseProvider provider, string utc)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var seeded = await environment.SeededAsync(provider);
        await using var api = seeded.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedTime(now))));
        var offerings = await LoadAsync(seeded);
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var local = new TimeOnly(10, 15);
        var expected = Ids(offerings.Where(o => o.Status == OfferingStatus.Active && o.Schedules.Any(s =>
            s.Weekday == Weekday.Wednesday && s.OpensAt <= local && local < s.ClosesAt
            && (s.ValidFrom ?? DateOnly.MinValue) <= day && day <= (s.ValidTo ?? DateOnly.MaxValue))));

        var found = await SearchAsync(api.CreateClient(), null, new { openNow = true });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    private static Task<List<Offering>> LoadAsync(ApiFactory api) => api.WithDbAsync(db => db.Offerings.AsNoTracking()
        .Include(o => o.ActionFields).Include(o => o.TargetGroups).Include(o => o.Schedules).AsSplitQuery().ToListAsync());

    private static List<string> Ids(IEnumerable<Offering> offerings) => [.. offerings.Select(o => GlobalId.Encode("Offering", o.Id)).Order()];

    private static async Task<List<string>> SearchAsync(HttpClient http, object? where, object search)
    {
        var data = await http.QueryAsync(Query, new { where, search });
        return [.. data.GetProperty("offerings").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order()];
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
