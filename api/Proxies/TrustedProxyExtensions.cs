using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.Proxies;

public static class TrustedProxyExtensions
{
    /// <summary>
    /// The client's address from <c>X-Forwarded-For</c>, when a trusted proxy (<see cref="TrustedProxyOptions"/>) sends
    /// it: the portal forwards its visitors' addresses, so that limits per address count people, not the portal.
    /// </summary>
    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            // Only the address: scheme and host stay what the API itself sees.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            var (proxies, networks) = (trusted.Value.KnownProxies, trusted.Value.KnownNetworks);
            if (proxies.Count == 0 && networks.Count == 0)
            {
                return;
            }

            forwarded.KnownProxies.Clear();
            forwarded.KnownNetworks.Clear();
            foreach (var proxy in proxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks.Select(n => System.Net.IPNetwork.Parse(n)))
            {
                forwarded.KnownNetworks.Add(new Microsoft.AspNetCore.HttpOverrides.IPNetwork(network.BaseAddress, network.PrefixLength));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it (rate limits, logs) sees the client's address.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
