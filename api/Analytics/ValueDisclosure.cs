using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

/// <summary>The suppression decided for each indicator value read in this request, by value id.</summary>
public sealed class SuppressionLedger
{
    private readonly Dictionary<int, SuppressionReason> _reasons = [];

    public bool TryGet(int valueId, out SuppressionReason reason) => _reasons.TryGetValue(valueId, out reason);

    public void Set(int valueId, SuppressionReason reason) => _reasons[valueId] = reason;
}

/// <summary>
/// Small-number suppression for indicator values leaving through GraphQL (methods.md §3). Secondary suppression needs
/// the other spaces of a district, so the values lists load whole districts in their one query and decide there; other
/// paths (the <c>indicatorValues</c> connection, <c>node</c>) ask one batch query per request level.
/// </summary>
public static class ValueDisclosure
{
    /// <summary>A value with what the suppression needs of its space and indicator.</summary>
    public sealed record Row(IndicatorValue Value, int DistrictId, string SpaceKey, IndicatorUnit Unit, string? DenominatorLabel, int Threshold);

    /// <summary>Loads <paramref name="scope"/> (whole districts per indicator and year) and records each value's suppression.</summary>
    public static async Task<List<Row>> LoadAsync(IQueryable<IndicatorValue> scope, SuppressionLedger ledger, CancellationToken ct)
    {
        var rows = await scope.AsNoTracking()
            .Select(v => new Row(v, v.SocialSpace.DistrictId, v.SocialSpace.Key, v.Indicator.Unit, v.Indicator.DenominatorLabel, v.Indicator.SuppressionThreshold))
            .ToListAsync(ct);
        foreach (var group in rows.GroupBy(r => (r.Value.IndicatorId, r.Value.Year)))
        {
            var first = group.First();
            var indicator = new Indicator
            {
                Key = "", Name = "", Unit = first.Unit, DenominatorLabel = first.DenominatorLabel, SuppressionThreshold = first.Threshold,
            };
            var reasons = Suppression.Apply(indicator, group.Select(r =>
                new Cell(r.Value.SocialSpaceId, r.DistrictId, r.Value.Year, r.Value.Value, r.Value.Numerator, r.Value.Denominator)));
            foreach (var row in group)
            {
                ledger.Set(row.Value.Id, reasons.GetValueOrDefault(row.Value.SocialSpaceId));
            }
        }

        return rows;
    }

    /// <summary>
    /// Values of several parents (spaces or indicators) in one query: <paramref name="scope"/> widens the parents' values
    /// to whole districts, <paramref name="keep"/> picks the parents' own again.
    /// </summary>
    public static IDataLoaderResult<IndicatorValue[]> LoadValues(
        this IResolveFieldContext context, string name, int parentId, Func<IReadOnlyCollection<int>, IQueryable<IndicatorValue>> scope,
        Func<Row, bool> keep, Func<IndicatorValue, int> parentOf, Func<IEnumerable<IndicatorValue>, IEnumerable<IndicatorValue>> order) =>
        context.Loaders()
            .Get<int, IndicatorValue[]>(name, async (ids, ct) =>
            {
                var rows = await LoadAsync(scope(ids), Ledger(context), ct);
                var groups = order(rows.Where(keep).Select(r => r.Value)).GroupBy(parentOf).ToDictionary(g => g.Key, g => g.ToArray());
                return ids.ToDictionary(id => id, id => groups.GetValueOrDefault(id, []));
            })
            .Load(parentId)
            .Then(values => values ?? []);

    /// <summary>The value's suppression: from the ledger, or batch-loaded with the other values of its indicator and year.</summary>
    public static IDataLoaderResult<SuppressionReason> SuppressionOf(this IResolveFieldContext<IndicatorValue> context)
    {
        var ledger = Ledger(context);
        var value = context.Source;
        if (ledger.TryGet(value.Id, out var known))
        {
            return DataLoaderResults.Known(known);
        }

        return context.Loaders()
            .Get<(int Indicator, int Year), bool>("suppressionByIndicatorYear", async (keys, ct) =>
            {
                var indicators = keys.Select(k => k.Indicator).Distinct().ToList();
                var years = keys.Select(k => k.Year).Distinct().ToList();
                await LoadAsync(context.Db().IndicatorValues.Where(v => indicators.Contains(v.IndicatorId) && years.Contains(v.Year)), ledger, ct);
                return keys.ToDictionary(k => k, _ => true);
            })
            .Load((value.IndicatorId, value.Year))
            .Then(_ => ledger.TryGet(value.Id, out var reason) ? reason : SuppressionReason.None);
    }

    /// <summary>A figure of the value, or null when it is suppressed for this caller.</summary>
    public static IDataLoaderResult<double?> Disclosed(this IResolveFieldContext<IndicatorValue> context, Func<IndicatorValue, double?> figure)
    {
        var planner = context.Analytics().SeesConfidential(context.User);
        return context.SuppressionOf().Then(reason => reason == SuppressionReason.None || planner ? figure(context.Source) : null);
    }

    public static AnalyticsData Analytics(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AnalyticsData>();

    private static SuppressionLedger Ledger(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SuppressionLedger>();
}
