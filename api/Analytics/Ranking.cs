using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

/// <summary>Rank among social spaces (methods.md §2): 1 = most burdened.</summary>
public static class Ranking
{
    /// <summary>
    /// Standard competition ranking: equal values share the best rank and the next rank skips (1, 2, 2, 4). Most
    /// burdened is the highest value for <c>higher_is_worse</c> (and for context indicators, which are simply ordered
    /// from the top), the lowest for <c>higher_is_better</c>.
    /// </summary>
    public static Dictionary<int, int> Rank(IEnumerable<(int SpaceId, double Value)> values, Polarity polarity)
    {
        // Rounded so that equal rates computed from different counts (1/4, 2/8) tie despite floating point.
        var keyed = values.Select(v => (v.SpaceId, Key: Math.Round(polarity == Polarity.HigherIsBetter ? v.Value : -v.Value, 9)))
            .OrderBy(v => v.Key).ToList();
        var ranks = new Dictionary<int, int>();
        for (var i = 0; i < keyed.Count; i++)
        {
            ranks[keyed[i].SpaceId] = i > 0 && keyed[i].Key == keyed[i - 1].Key ? ranks[keyed[i - 1].SpaceId] : i + 1;
        }

        return ranks;
    }
}
