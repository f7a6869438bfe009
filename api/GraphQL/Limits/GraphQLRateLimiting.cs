using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.GraphQL.Limits;

/// <summary>
/// Rate limits on /graphql with ASP.NET Core's rate limiter, per client: the signed-in user's name, else the
/// token's client_id, else (anonymous) the IP address. Requests are limited by the middleware before their
/// body is read; mutations, which only the parsed document reveals, by <see cref="MutationRateLimiter"/>.
/// </summary>
public static class GraphQLRateLimiting
{
    public const string Policy = "graphql";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, GraphQLRateLimitOptions options)
    {
        services.AddSingleton(new MutationRateLimiter(options));
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http => options.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => Window(options.PermitLimit, options.Window))
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = (context, _) => new ValueTask(RejectAsync(context.HttpContext, context.Lease));
        });
        return services;
    }

    /// <summary>Whom a request counts against.</summary>
    public static string ClientOf(HttpContext http)
    {
        var user = http.User;
        if (user.Identity is { IsAuthenticated: true })
        {
            if (user.Identity.Name is { Length: > 0 } name)
            {
                return "user:" + name;
            }

            if ((user.FindFirstValue("client_id") ?? user.FindFirstValue("sub")) is { Length: > 0 } client)
            {
                return "client:" + client;
            }
        }

        // Behind a reverse proxy, the operator enables forwarded headers so that this is the caller's address.
        return "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    /// <summary>429 with Retry-After and a GraphQL errors body.</summary>
    public static Task RejectAsync(HttpContext http, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var writer = http.RequestServices.GetRequiredService<GraphQLResponseWriter>();
        return writer.WriteProblemAsync(http, GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? GraphQLMediaTypes.Json,
            new(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many requests; retry after the time in Retry-After."));
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>The stricter limit on mutations, per client; one permit per mutation (a batch may hold several).</summary>
public sealed class MutationRateLimiter(GraphQLRateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        options.Enabled
            ? RateLimitPartition.GetFixedWindowLimiter(client, _ => GraphQLRateLimiting.Window(options.MutationPermitLimit, options.Window))
            : RateLimitPartition.GetNoLimiter(""));

    /// <summary>The lease for <paramref name="mutations"/> mutations of this request's client; check IsAcquired.</summary>
    public RateLimitLease Acquire(HttpContext http, int mutations) =>
        // A batch with more mutations than a window allows takes the whole window rather than failing forever.
        _limiter.AttemptAcquire(GraphQLRateLimiting.ClientOf(http), Math.Min(mutations, options.MutationPermitLimit));

    public void Dispose() => _limiter.Dispose();
}
