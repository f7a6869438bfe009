using System.ComponentModel.DataAnnotations;
using System.Net;

namespace SozialHub.Api.Proxies;

/// <summary>
/// The <c>ForwardedHeaders</c> section: which callers may tell the API the client's address in <c>X-Forwarded-For</c>
/// (the portal, a reverse proxy). From anyone else the header is ignored, so nobody can choose the address that the
/// per-address limits count against. Empty lists keep ASP.NET Core's default: loopback only.
/// </summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>; they replace the loopback default.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>; they replace the loopback default.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (proxy, index) in KnownProxies.Select((p, i) => (p, i)).Where(p => !IPAddress.TryParse(p.p, out _)))
        {
            yield return new($"{SectionName}:{nameof(KnownProxies)}:{index} '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var (network, index) in KnownNetworks.Select((n, i) => (n, i)).Where(n => !IPNetwork.TryParse(n.n, out _)))
        {
            yield return new($"{SectionName}:{nameof(KnownNetworks)}:{index} '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).", [nameof(KnownNetworks)]);
        }
    }
}
