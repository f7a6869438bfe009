namespace SozialHub.Portal.GraphQL;

/// <summary>
/// Tells the API the visitor's address in <c>X-Forwarded-For</c>, so that the API's limits per address count visitors,
/// not the portal. Whatever the visitor sent in that header is replaced, never passed on; the API believes the header
/// only from proxies it trusts (its <c>ForwardedHeaders</c> settings, ADR 0020).
/// </summary>
internal sealed class ClientAddressHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    public const string Header = "X-Forwarded-For";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(Header);
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.Add(Header, (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
