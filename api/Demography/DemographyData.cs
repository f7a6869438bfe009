using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Demography;

/// <summary>The request's view of the demographic inputs: the population by age (loaded once for a whole list) and the projection.</summary>
public sealed class DemographyData(ApiDbContext db, IOptions<DemographyOptions> options, ProjectionCache cache)
{
    private (int Year, Dictionary<int, Cohorts> Spaces)? _population;

    public DemographyOptions Options => options.Value;

    /// <summary>The base population per space; null before any is loaded.</summary>
    public async Task<(int Year, Dictionary<int, Cohorts> Spaces)?> PopulationAsync(CancellationToken ct)
    {
        if (_population is null)
        {
            var rows = await RowsAsync(DemographicKind.Population, ct);
            _population = rows.Count == 0 ? null : (rows[0].Year, DemographicRow.BySpace(rows));
        }

        return _population;
    }

    /// <summary>The projection over <paramref name="horizon"/> years (default from options); null without population or life table.</summary>
    public async Task<PopulationProjection?> ProjectionAsync(int? horizon, CancellationToken ct)
    {
        var years = horizon ?? Options.HorizonYears;
        if (years < 1 || years > Options.MaxHorizonYears)
        {
            throw UserInput.Error($"'horizon' is {years}; it must lie between 1 and {Options.MaxHorizonYears} years.");
        }

        var stamp = await StampAsync(ct);
        var inputs = stamp is null ? null : await InputsAsync(stamp, ct);
        return inputs is null ? null : await cache.GetOrComputeAsync(stamp!, years, () => Task.Run(() => PopulationProjection.Compute(inputs, Options, years), ct));
    }

    /// <summary>Names the state of the inputs: every import deletes and inserts, so the count and the highest id change.</summary>
    private async Task<string?> StampAsync(CancellationToken ct)
    {
        var last = await db.DemographicValues.MaxAsync(v => (int?)v.Id, ct);
        return last is null ? null : $"{await db.DemographicValues.CountAsync(ct)}/{last}";
    }

    private async Task<DemographyInputs?> InputsAsync(string stamp, CancellationToken ct)
    {
        var population = await PopulationAsync(ct);
        var survival = await RowsAsync(DemographicKind.Survival, ct);
        if (population is null || survival.Count == 0)
        {
            return null;
        }

        var fertility = await RowsAsync(DemographicKind.Fertility, ct);
        var migration = await RowsAsync(DemographicKind.NetMigration, ct);
        return new DemographyInputs(
            stamp, population.Value.Year, population.Value.Spaces, DemographicRow.Table(survival), survival[0].Year,
            DemographicRow.Table(fertility).Female, fertility.FirstOrDefault()?.Year,
            DemographicRow.BySpace(migration), migration.FirstOrDefault()?.Year);
    }

    private Task<List<DemographicRow>> RowsAsync(DemographicKind kind, CancellationToken ct) =>
        db.DemographicValues.AsNoTracking().Where(v => v.Kind == kind)
            .Select(v => new DemographicRow(v.SocialSpaceId, v.Age, v.Sex, v.Value, v.Year)).ToListAsync(ct);
}
