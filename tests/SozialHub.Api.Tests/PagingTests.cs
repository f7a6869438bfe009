using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>Relay cursor paging: forward, backward, total count on demand, and the page-size limit.</summary>
[Collection(ApiCollection.Collection)]
public sealed class PagingTests(ApiEnvironment environment)
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          offerings(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { name } }
            nodes { name }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly List<string> AllNames = [.. DirectoryCity.Offerings.Select(o => o.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Pages_forward_with_after_cover_the_list_once(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = (await http.QueryAsync(Page, new { first = 7, after })).GetProperty("offerings");
            var info = connection.GetProperty("pageInfo");
            var names = Names(connection);
            Assert.Equal(names, connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!));
            Assert.Equal(pages > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(names);
            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(AllNames, seen);
        Assert.Equal(5, pages);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Pages_backward_with_last_and_before_cover_the_list_once(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();
        var seen = new List<string>();
        string? before = null;
        while (true)
        {
            var connection = (await http.QueryAsync(Page, new { last = 8, before })).GetProperty("offerings");
            var info = connection.GetProperty("pageInfo");
            seen.InsertRange(0, Names(connection));
            if (!info.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = info.GetProperty("startCursor").GetString();
        }

        Assert.Equal(AllNames, seen);
    }

    [Fact]
    public async Task Edge_cursors_page_from_any_record_and_the_first_page_is_the_default_size()
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();
        var all = (await http.QueryAsync(Page, new { })).GetProperty("offerings");
        var cursors = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();

        var between = (await http.QueryAsync(Page, new { after = cursors[4], before = cursors[9] })).GetProperty("offerings");
        var lastTwoBefore = (await http.QueryAsync(Page, new { last = 2, before = cursors[9] })).GetProperty("offerings");

        Assert.Equal(30, cursors.Distinct().Count());
        Assert.False(all.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(AllNames[5..9], Names(between));
        Assert.True(between.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(AllNames[7..9], Names(lastTwoBefore));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Total_count_counts_the_filtered_list_and_costs_a_statement_only_when_asked_for(DatabaseProvider provider)
    {
        var api = await DirectoryCity.ApiAsync(environment, provider);
        var http = api.CreateClient();

        api.Sql.Reset();
        await http.QueryAsync("{ offerings(first: 3) { nodes { name } } }");
        var withoutCount = api.Sql.Count;
        api.Sql.Reset();
        var data = await http.QueryAsync("{ offerings(first: 3, where: { isOnline: { eq: true } }) { totalCount nodes { name } } }");
        var withCount = api.Sql.Count;

        Assert.Equal(1, withoutCount);
        Assert.Equal(2, withCount);
        Assert.Equal(DirectoryCity.Offerings.Count(o => o.IsOnline), data.GetProperty("offerings").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, data.GetProperty("offerings").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("first", 501)]
    [InlineData("last", 501)]
    [InlineData("first", -1)]
    public async Task Page_sizes_outside_the_limits_are_refused_naming_the_argument(string argument, int size)
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();

        var body = await http.PostAsync($"{{ offerings({argument}: {size}) {{ nodes {{ name }} }} }}");
        var (code, message) = body.SingleError();

        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Contains($"'{argument}'", message);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("offerings").ValueKind);
    }

    [Fact]
    public async Task The_maximum_page_size_is_allowed_and_a_foreign_cursor_is_bad_input()
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();

        var data = await http.QueryAsync("{ indicatorValues(first: 500) { nodes { year } } }");
        var (code, _) = (await http.PostAsync("""{ offerings(after: "bm90IGEgY3Vyc29y") { nodes { name } } }""")).SingleError();

        Assert.Equal(500, data.GetProperty("indicatorValues").GetProperty("nodes").GetArrayLength());
        Assert.Equal("BAD_USER_INPUT", code);
    }

    private static List<string> Names(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
}
