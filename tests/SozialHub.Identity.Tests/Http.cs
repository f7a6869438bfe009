using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SozialHub.Identity.Tests;

internal static class Http
{
    /// <summary>The city-data client of appsettings.Development.json.</summary>
    public const string CityDataClientId = "city-data";
    public const string CityDataSecret = "city-data-development-secret";

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> RequestClientTokenAsync(
        HttpClient http, string clientId, string secret, string scope)
    {
        var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!);

    /// <summary>The claims of a signed JWT (the signature is the API's business, not this test's).</summary>
    public static JsonElement JwtPayload(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonSerializer.Deserialize<JsonElement>(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
    }
}
