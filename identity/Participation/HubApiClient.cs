using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SozialHub.Identity.OpenId;

namespace SozialHub.Identity.Participation;

/// <summary>The hub's API could not do what a person's request needs; the pages say so in German, nothing has been changed.</summary>
public sealed class HubApiUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Identity's own machine client at the API: a client-credentials token from this server's token endpoint, then one
/// GraphQL request with it. A token is fetched per call: deletions and exports are rare, and nothing is cached.
/// </summary>
public sealed class HubApiClient(HttpClient http, IOptions<HubApiOptions> options, IOptions<OpenIdServerOptions> server, ILogger<HubApiClient> logger)
{
    /// <summary>Runs a query or mutation and returns its <c>data</c>; any failure becomes a <see cref="HubApiUnavailableException"/>.</summary>
    public async Task<JsonElement> SendAsync(string document, object variables, CancellationToken cancellationToken)
    {
        var api = options.Value;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, api.GraphQLUri) { Content = JsonContent.Create(new { query = document, variables }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(api, cancellationToken));
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _) || !body.TryGetProperty("data", out var data))
            {
                throw new HttpRequestException($"{api.GraphQLUri} answered {(int)response.StatusCode}: {body}");
            }

            return data.Clone();
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "The API at {Api} could not be reached as {Client}", api.GraphQLUri, api.ClientId);
            throw new HubApiUnavailableException($"The API at {api.GraphQLUri} could not be reached as {api.ClientId}.", e);
        }
    }

    private async Task<string> TokenAsync(HubApiOptions api, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(api.TokenUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = api.ClientId,
            ["client_secret"] = HubApiOptionsValidator.SecretOf(server.Value, api),
            ["scope"] = $"{HubScopes.Read} {HubScopes.Write}",
        }), cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return response.IsSuccessStatusCode && body.TryGetProperty("access_token", out var token) && token.GetString() is { } value
            ? value
            : throw new HttpRequestException($"{api.TokenUri} refused a token for {api.ClientId}: {(int)response.StatusCode} {body}");
    }
}
