using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary><c>order</c> terms in precedence with the id breaking ties, and <c>updatedSince</c> for deltas.</summary>
[Collection(ApiCollection.Collection)]
public sealed class OrderTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Ties_are_broken_by_id_so_the_order_is_stable(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();

        var data = await http.QueryAsync("""
            {
              byAge: offerings(first: 500, order: [{ minimumAge: DESC }]) { nodes { name } }
              byStatusThenName: offerings(first: 500, order: [{ status: ASC }, { name: DESC }]) { nodes { name } }
            }
            """);

        // The specs are inserted in index order, so ids rise with the index.
        Assert.Equal(
            DirectoryCity.Offerings.OrderByDescending(o => o.MinimumAge).ThenBy(o => o.Index).Select(o => o.Name),
            data.Names("byAge"));
        Assert.Equal(
            DirectoryCity.Offerings.OrderBy(o => o.Status.ToString(), StringComparer.Ordinal).ThenByDescending(o => o.Name, StringComparer.Ordinal).Select(o => o.Name),
            data.Names("byStatusThenName"));
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task Pages_of_an_order_with_ties_neither_overlap_nor_miss(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var connection = (await http.QueryAsync("""
                query($after: String) { offerings(first: 4, after: $after, order: [{ minimumAge: ASC }]) {
                  nodes { name } pageInfo { hasNextPage endCursor } } }
                """, new { after })).GetProperty("offerings");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(DirectoryCity.Offerings.OrderBy(o => o.MinimumAge).ThenBy(o => o.Index).Select(o => o.Name), seen);
    }

    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task UpdatedSince_returns_the_records_changed_at_or_after_the_time(DatabaseProvider provider)
    {
        var http = (await DirectoryCity.ApiAsync(environment, provider)).CreateClient();
        var since = DirectoryCity.FirstUpdate.AddDays(3);

        var data = await http.QueryAsync("""
            query($since: DateTime!) {
              organizations(updatedSince: $since, order: [{ updatedAt: ASC }]) { nodes { name updatedAt } }
              offerings(updatedSince: $since) { totalCount }
              olderOnes: organizations(where: { updatedAt: { lt: $since } }) { totalCount }
            }
            """, new { since });

        Assert.Equal(DirectoryCity.Organizations.Skip(3).Select(o => o.Name), data.Names("organizations"));
        Assert.Equal(DateTime.Parse("2025-01-04T00:00:00Z", null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            data.GetProperty("organizations").GetProperty("nodes")[0].GetProperty("updatedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(30, data.GetProperty("offerings").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, data.GetProperty("olderOnes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_unknown_sort_field_is_a_validation_error()
    {
        var http = (await DirectoryCity.ApiAsync(environment, DatabaseProvider.Sqlite)).CreateClient();

        var body = await http.PostAsync("{ offerings(order: [{ isOnline: ASC }]) { totalCount } }");

        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("isOnline", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
