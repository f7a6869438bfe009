using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialHub.Api.Authorization;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

/// <summary>
/// The request's cache of what the computations read: the catalogue, the spaces, and each indicator's values over all
/// spaces and years. A comparison needs the whole city anyway (city value, rank), so the first resolver loads an
/// indicator's series for every space at once and the other spaces of the list reuse it: no per-space queries.
/// </summary>
public sealed class AnalyticsData(ApiDbContext db, IOptions<AnalyticsOptions> options, IOptionsMonitor<HubAuthorizationOptions> authorization)
{
    private readonly Dictionary<int, IndicatorSeries> _series = [];
    private readonly Dictionary<(int Indicator, int Year), IReadOnlyList<Comparison>> _comparisons = [];
    private readonly Dictionary<int, SocialIndex?> _indices = [];
    private List<Indicator>? _indicators;
    private CityData? _city;

    public AnalyticsOptions Options => options.Value;

    /// <summary>Planners (and machine clients granted the role) see suppressed values, marked confidential.</summary>
    public bool SeesConfidential(ClaimsPrincipal? user) =>
        user is not null && Caller.Of(user, authorization.CurrentValue).HasRole(HubPolicies.Planner);

    public async Task<List<Indicator>> IndicatorsAsync(CancellationToken ct) =>
        _indicators ??= await db.Indicators.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct);

    /// <summary>The indicators with these keys (all current ones for null); an unknown key is bad input.</summary>
    public async Task<List<Indicator>> IndicatorsAsync(IReadOnlyCollection<string>? keys, CancellationToken ct)
    {
        var all = await IndicatorsAsync(ct);
        if (keys is null)
        {
            return [.. all.Where(i => i.RetiredAt is null)];
        }

        var unknown = keys.Where(k => all.All(i => i.Key != k)).ToList();
        return unknown.Count == 0
            ? [.. keys.Distinct().Select(k => all.Single(i => i.Key == k))]
            : throw UserInput.Error($"There is no indicator '{string.Join("', '", unknown)}'.");
    }

    /// <summary>The series of these indicators; those not yet loaded (and the population) come in one query.</summary>
    public async Task<List<IndicatorSeries>> SeriesAsync(IReadOnlyCollection<Indicator> indicators, CancellationToken ct)
    {
        var population = (await IndicatorsAsync(ct)).FirstOrDefault(i => i.Key == Options.PopulationIndicator);
        var missing = indicators.Append(population).OfType<Indicator>().Where(i => !_series.ContainsKey(i.Id)).DistinctBy(i => i.Id).ToList();
        if (missing.Count > 0)
        {
            var ids = missing.Select(i => i.Id).ToList();
            var rows = await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId))
                .Select(v => new { v.IndicatorId, Cell = new Cell(v.SocialSpaceId, v.SocialSpace.DistrictId, v.Year, v.Value, v.Numerator, v.Denominator) })
                .ToListAsync(ct);
            var byIndicator = rows.ToLookup(r => r.IndicatorId, r => r.Cell);
            foreach (var indicator in missing)
            {
                _series[indicator.Id] = new IndicatorSeries(indicator, byIndicator[indicator.Id]);
            }
        }

        return [.. indicators.Select(i => _series[i.Id])];
    }

    public async Task<CityData> CityAsync(CancellationToken ct)
    {
        if (_city is null)
        {
            var population = (await IndicatorsAsync(ct)).FirstOrDefault(i => i.Key == Options.PopulationIndicator);
            var populationSeries = population is null ? null : (await SeriesAsync([population], ct))[0];
            var spaces = await db.SocialSpaces.AsNoTracking().OrderBy(s => s.Name)
                .Select(s => new SpaceInfo(s.Id, s.DistrictId, s.IsSocialCityArea, s.Population)).ToListAsync(ct);
            _city = new CityData(spaces, populationSeries);
        }

        return _city;
    }

    /// <summary>The spaces of the city, once <see cref="CityAsync"/> has loaded them.</summary>
    public CityData City => _city ?? throw new InvalidOperationException("The city is not loaded yet.");

    /// <summary>
    /// The comparisons of every space for an indicator in a year (its latest year with values when null); call
    /// <see cref="CityAsync"/> first.
    /// </summary>
    public IReadOnlyList<Comparison> ComparisonsOf(IndicatorSeries series, int? year)
    {
        if ((year ?? series.LatestYear) is not { } y)
        {
            return [];
        }

        if (!_comparisons.TryGetValue((series.Indicator.Id, y), out var comparisons))
        {
            comparisons = Comparisons.ForYear(series, _city ?? throw new InvalidOperationException("The city is not loaded yet."), y, Options);
            _comparisons.Add((series.Indicator.Id, y), comparisons);
        }

        return comparisons;
    }

    /// <summary>The social index of a year (by default the latest year in which every status indicator has values).</summary>
    public async Task<SocialIndex?> SocialIndexAsync(int? year, CancellationToken ct)
    {
        var status = await SeriesAsync(await IndicatorsAsync(Options.Index.StatusIndicators, ct), ct);
        var latest = status.Select(s => s.Years).Aggregate((a, b) => [.. a.Intersect(b)]).DefaultIfEmpty().Max();
        if ((year ?? (latest == 0 ? null : latest)) is not { } y)
        {
            return null;
        }

        if (!_indices.TryGetValue(y, out var index))
        {
            index = status.Any(s => s.In(y).Count > 0) ? SocialIndexCalculator.Compute(y, status, await CityAsync(ct), Options) : null;
            _indices.Add(y, index);
        }

        return index;
    }
}
