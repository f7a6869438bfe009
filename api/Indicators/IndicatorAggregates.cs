using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.Districts;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Indicators;

/// <summary>
/// City and district values from social-space values (methods.md §1), batch-loaded: whatever the number of
/// indicators or districts in a list, one aggregate field costs three queries (indicator, sums, space counts).
/// A year where some space lacks a value, or a rate lacks its counts, gets no value but the reason.
/// </summary>
internal static class IndicatorAggregates
{
    public static IDataLoaderResult<AggregateValue[]> OfCity(IResolveFieldContext<Indicator> context, int? fromYear, int? toYear)
    {
        var filter = new ValueFilter(null, null, fromYear, toYear);
        return Load(context, $"cityValues:{filter}", context.Source.Id, (ids, ct) => ByIndicatorAsync(context.Db(), filter, ids, null, ct));
    }

    public static IDataLoaderResult<AggregateValue[]> OfIndicatorInDistrict(
        IResolveFieldContext<Indicator> context, string district, int? fromYear, int? toYear)
    {
        var filter = new ValueFilter(null, null, fromYear, toYear);
        return Load(context, $"districtValues:{district}:{filter}", context.Source.Id,
            (ids, ct) => ByIndicatorAsync(context.Db(), filter, ids, district, ct));
    }

    public static IDataLoaderResult<AggregateValue[]> OfDistrict(IResolveFieldContext<District> context, string indicator, int? fromYear, int? toYear)
    {
        var filter = new ValueFilter(indicator, null, fromYear, toYear);
        return Load(context, $"districtAggregates:{filter}", context.Source.Id, (ids, ct) => ByDistrictAsync(context.Db(), filter, ids, ct));
    }

    private static IDataLoaderResult<AggregateValue[]> Load(IResolveFieldContext context, string name, int key,
        Func<IReadOnlyCollection<int>, CancellationToken, Task<IDictionary<int, AggregateValue[]>>> fetch) =>
        context.Loaders().Get(name, fetch).Load(key).Then(values => values ?? []);

    /// <summary>Aggregates of several indicators, for the city or (with a key) one district.</summary>
    private static async Task<IDictionary<int, AggregateValue[]>> ByIndicatorAsync(
        ApiDbContext db, ValueFilter filter, IReadOnlyCollection<int> indicatorIds, string? district, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToListAsync(ct);
        var values = filter.Apply(db.IndicatorValues).Where(v => indicatorIds.Contains(v.IndicatorId));
        var spaces = db.SocialSpaces.AsQueryable();
        if (district is not null)
        {
            values = values.Where(v => v.SocialSpace.District.Key == district);
            spaces = spaces.Where(s => s.District.Key == district);
        }

        var sums = await SumsAsync(values, ct);
        var spaceCount = await spaces.CountAsync(ct);
        if (district is not null && spaceCount == 0)
        {
            throw UserInput.Error($"There is no district '{district}' with social spaces.");
        }

        return indicators.ToDictionary(i => i.Id, i => Compute(i, sums.Where(s => s.IndicatorId == i.Id), spaceCount));
    }

    /// <summary>Aggregates of one indicator for several districts.</summary>
    private static async Task<IDictionary<int, AggregateValue[]>> ByDistrictAsync(
        ApiDbContext db, ValueFilter filter, IReadOnlyCollection<int> districtIds, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Key == filter.IndicatorKey, ct)
            ?? throw UserInput.Error($"There is no indicator '{filter.IndicatorKey}'.");
        var sums = await SumsAsync(filter.Apply(db.IndicatorValues).Where(v => districtIds.Contains(v.SocialSpace.DistrictId)), ct);
        var spaceCounts = await db.SocialSpaces.Where(s => districtIds.Contains(s.DistrictId))
            .GroupBy(s => s.DistrictId).Select(g => new { District = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.District, g => g.Count, ct);
        return districtIds.ToDictionary(id => id, id => Compute(indicator, sums.Where(s => s.DistrictId == id), spaceCounts.GetValueOrDefault(id)));
    }

    private static Task<List<SumRow>> SumsAsync(IQueryable<IndicatorValue> values, CancellationToken ct) =>
        values
            .GroupBy(v => new { v.IndicatorId, v.SocialSpace.DistrictId, v.Year })
            .Select(g => new SumRow(
                g.Key.IndicatorId, g.Key.DistrictId, g.Key.Year, g.Count(), g.Count(v => v.Numerator == null || v.Denominator == null),
                g.Sum(v => v.Value), g.Sum(v => v.Numerator), g.Sum(v => v.Denominator)))
            .ToListAsync(ct);

    /// <summary>One aggregate per year from the per-district sums of one indicator.</summary>
    internal static AggregateValue[] Compute(Indicator indicator, IEnumerable<SumRow> sums, int spaceCount)
    {
        var method = indicator.IsRate ? AggregationMethod.RatioOfSums
            : indicator.Unit == IndicatorUnit.Count ? AggregationMethod.Sum
            : AggregationMethod.None;
        return [.. sums.GroupBy(s => s.Year).OrderBy(g => g.Key).Select(year =>
        {
            var count = year.Sum(s => s.Count);
            var withoutCounts = year.Sum(s => s.WithoutCounts);
            AggregateProblem? problem = method == AggregationMethod.None ? AggregateProblem.NotAdditive
                : count < spaceCount ? AggregateProblem.MissingValues
                : method == AggregationMethod.RatioOfSums && withoutCounts > 0 ? AggregateProblem.MissingCounts
                : null;
            var isRate = method == AggregationMethod.RatioOfSums;
            return new AggregateValue(year.Key, method, problem, count, spaceCount, withoutCounts,
                method == AggregationMethod.Sum ? year.Sum(s => s.Sum) : null,
                isRate ? year.Sum(s => s.Numerator ?? 0) : null,
                isRate ? year.Sum(s => s.Denominator ?? 0) : null,
                indicator.Scale);
        })];
    }

    /// <summary>The sums of one indicator's values in one district and year (also built in memory by the analytics).</summary>
    internal sealed record SumRow(
        int IndicatorId, int DistrictId, int Year, int Count, int WithoutCounts, double Sum, double? Numerator, double? Denominator);
}
