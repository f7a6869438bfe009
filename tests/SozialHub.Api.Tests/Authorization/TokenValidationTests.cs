using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>Access tokens become the request's user; a bad token is refused with 401, no token reads public data.</summary>
[Collection(TokenApiCollection.Collection)]
public sealed class TokenValidationTests(TokenApiFixture fixture)
{
    private const string PublicQuery = "{ socialSpace(key: \"roden-nord\") { name } }";

    [Fact]
    public async Task Without_a_token_public_data_is_served()
    {
        var (response, body) = await PostAsync(fixture.Client(), PublicQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Roden-Nord", body.GetProperty("data").GetProperty("socialSpace").GetProperty("name").GetString());
    }

    [Fact]
    public async Task With_a_valid_token_public_data_is_served_too()
    {
        var (response, body) = await PostAsync(fixture.Client(TestToken.Person("citizen")), PublicQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    public static TheoryData<string> BadTokens => ["expired", "tampered", "foreign key", "wrong audience", "not a JWT", "wrong type"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_401_even_for_public_data(string kind)
    {
        var token = kind switch
        {
            "expired" => fixture.Issuer.Mint(TestToken.Person("planner") with { Lifetime = TimeSpan.FromMinutes(-5) }),
            "tampered" => Tamper(fixture.Issuer.Mint(TestToken.Person("citizen"))),
            "foreign key" => fixture.Issuer.MintWithForeignKey(TestToken.Person("planner")),
            "wrong audience" => fixture.Issuer.Mint(TestToken.Person("planner") with { Audience = "another-api" }),
            "wrong type" => fixture.Issuer.Mint(TestToken.Person("planner") with { HeaderType = "JWT" }),
            _ => "abc.def.ghi",
        };

        var (response, body) = await PostAsync(fixture.Client(token), PublicQuery);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_refusal_speaks_the_accepted_media_type()
    {
        using var http = fixture.Client("abc.def.ghi");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = PublicQuery }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task A_token_in_the_query_string_is_not_read()
    {
        // Tokens in URLs end up in logs; only the Authorization header counts, so this request is simply anonymous.
        var token = fixture.Issuer.Mint(TestToken.Person("planner") with { Lifetime = TimeSpan.FromMinutes(-5) });
        using var http = fixture.Client();

        using var response = await http.GetAsync($"/graphql?query={Uri.EscapeDataString(PublicQuery)}&access_token={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient http, string query, object? variables = null)
    {
        var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Changes the payload (a citizen becomes a planner) and keeps the signature.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(FromBase64Url(parts[1])).Replace("\"citizen\"", "\"planner\"", StringComparison.Ordinal);
        return $"{parts[0]}.{ToBase64Url(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
