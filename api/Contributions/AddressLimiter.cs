using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.Contributions;

/// <summary>
/// Contributions per client address and hour (<see cref="ParticipationOptions.MaxPerHourPerAddress"/>), beside the
/// per-account limit: one machine cannot post with many fresh accounts. Counted in memory (a restart forgets them),
/// so that the hub stores no addresses; the address is the one a trusted proxy forwarded (api/Proxies).
/// </summary>
public sealed class AddressLimiter(IOptions<ParticipationOptions> options) : IDisposable
{
    private const int SegmentsPerWindow = 6;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.MaxPerHourPerAddress,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one contribution from the address's allowance; false when it is used up.</summary>
    public bool TryTake(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(address?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
