using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

[Collection(ApiCollection.Collection)]
public sealed class SocialSpaceValuesTests(ApiEnvironment environment)
{
    [Theory]
    [MemberData(nameof(DatabaseProviders.All), MemberType = typeof(DatabaseProviders))]
    public async Task A_profile_asks_for_its_indicators_only(DatabaseProvider provider)
    {
        var api = await environment.SeededAsync(provider);

        var data = await api.CreateClient().QueryAsync("""
            query($indicators: [String!]) { socialSpace(key: "roden-nord") {
              values(indicators: $indicators, fromYear: 2015, toYear: 2024) { year indicator { key } } } }
            """, new { indicators = new[] { "sgb2_share", "child_poverty", "sgb2_share" } });

        var values = data.GetProperty("socialSpace").GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(20, values.Count);
        Assert.Equal(["child_poverty", "sgb2_share"], values.Select(v => v.GetProperty("indicator").GetProperty("key").GetString()).Distinct().Order());
    }
}
