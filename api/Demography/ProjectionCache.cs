using System.Collections.Concurrent;

namespace SozialHub.Api.Demography;

/// <summary>
/// Projections by the state of their inputs (<see cref="DemographyInputs.Stamp"/>) and horizon: computed on the first
/// request, reused until an import changes the demographic values; older states are dropped when a new one appears.
/// </summary>
public sealed class ProjectionCache
{
    private readonly ConcurrentDictionary<(string Stamp, int Horizon), PopulationProjection> _projections = new();

    public async Task<PopulationProjection> GetOrComputeAsync(string stamp, int horizon, Func<Task<PopulationProjection>> compute)
    {
        if (_projections.TryGetValue((stamp, horizon), out var cached))
        {
            return cached;
        }

        var projection = await compute();
        foreach (var stale in _projections.Keys.Where(k => k.Stamp != stamp))
        {
            _projections.TryRemove(stale, out _);
        }

        return _projections.GetOrAdd((stamp, horizon), projection);
    }
}
