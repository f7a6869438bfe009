namespace SozialHub.Identity.Participation;

/// <summary>
/// The <c>Identity:Api</c> section: where identity reaches the hub's API when a person deletes their account or
/// downloads their data, and as which of its own machine clients (<c>Identity:Clients</c>) it calls.
/// </summary>
public sealed class HubApiOptions
{
    public const string SectionName = "Identity:Api";

    /// <summary>The API's address; its GraphQL endpoint is <c>graphql</c> below it.</summary>
    /// <remarks>Strings, not <see cref="Uri"/>: binding would turn a typo into a relative URI instead of a clear message.</remarks>
    public string BaseUrl { get; set; } = "http://localhost:5001/";

    /// <summary>
    /// This server's address as the API knows it (the API's <c>Identity:Authority</c>): identity asks its own token
    /// endpoint there, so the token names the issuer the API trusts.
    /// </summary>
    public string Authority { get; set; } = "http://localhost:5002/";

    /// <summary>A client of <c>Identity:Clients</c> with the client_credentials grant and the scopes hub.read and hub.write.</summary>
    public string ClientId { get; set; } = "sozialhub-identity";

    /// <summary>How long one call (token or GraphQL) may take before the deletion or export is refused.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public Uri GraphQLUri => new(Slashed(BaseUrl), "graphql");

    public Uri TokenUri => new(Slashed(Authority), "connect/token");

    private static Uri Slashed(string url) => new(url.EndsWith('/') ? url : url + "/");
}
