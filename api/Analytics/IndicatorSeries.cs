using SozialHub.Api.Indicators;

namespace SozialHub.Api.Analytics;

/// <summary>All values of one indicator over all social spaces and years, with their suppression per year.</summary>
public sealed class IndicatorSeries
{
    private readonly Dictionary<int, Cell[]> _byYear;
    private readonly Dictionary<int, Dictionary<int, SuppressionReason>> _suppression;

    public IndicatorSeries(Indicator indicator, IEnumerable<Cell> cells)
    {
        Indicator = indicator;
        _byYear = cells.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.ToArray());
        _suppression = _byYear.ToDictionary(y => y.Key, y => Suppression.Apply(indicator, y.Value));
        Years = [.. _byYear.Keys.Order()];
    }

    public Indicator Indicator { get; }

    public IReadOnlyList<int> Years { get; }

    public int? LatestYear => Years.Count > 0 ? Years[^1] : null;

    public IReadOnlyList<Cell> In(int year) => _byYear.GetValueOrDefault(year, []);

    public Cell? Of(int spaceId, int year) => In(year).FirstOrDefault(c => c.SpaceId == spaceId);

    public SuppressionReason SuppressionOf(int spaceId, int year) =>
        _suppression.TryGetValue(year, out var reasons) ? reasons.GetValueOrDefault(spaceId) : SuppressionReason.None;

    /// <summary>One space's values by year.</summary>
    public Dictionary<int, double> ValuesOf(int spaceId) =>
        _byYear.Values.SelectMany(c => c).Where(c => c.SpaceId == spaceId).ToDictionary(c => c.Year, c => c.Value);

    /// <summary>The years in which one space's value is suppressed.</summary>
    public HashSet<int> SuppressedYearsOf(int spaceId) =>
        [.. _suppression.Where(y => y.Value.ContainsKey(spaceId)).Select(y => y.Key)];

    /// <summary>The aggregate of <paramref name="spaces"/> in a year: sums of numerators over sums of denominators (methods.md §1).</summary>
    public AggregateValue? AggregateOf(IReadOnlyCollection<SpaceInfo> spaces, int year)
    {
        var members = spaces.Select(s => s.Id).ToHashSet();
        var sums = In(year).Where(c => members.Contains(c.SpaceId)).GroupBy(c => c.DistrictId).Select(d => new IndicatorAggregates.SumRow(
            Indicator.Id, d.Key, year, d.Count(), d.Count(c => c.Numerator is null || c.Denominator is null),
            d.Sum(c => c.Value), d.Sum(c => c.Numerator), d.Sum(c => c.Denominator)));
        return IndicatorAggregates.Compute(Indicator, sums, spaces.Count).SingleOrDefault();
    }
}

/// <summary>The social spaces of the city and their inhabitants per year (the population indicator).</summary>
public sealed class CityData(IReadOnlyList<SpaceInfo> spaces, IndicatorSeries? population)
{
    public IReadOnlyList<SpaceInfo> Spaces { get; } = spaces;

    /// <summary>Inhabitants in a year from the population indicator, else as delivered with the outline.</summary>
    public double PopulationOf(SpaceInfo space, int year) => population?.Of(space.Id, year)?.Value ?? space.Population;
}
