using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SozialHub.Testing;

/// <summary>What a minted access token says; the defaults describe a person signed in through the portal.</summary>
public sealed record TestToken
{
    public string Subject { get; init; } = "person-1";

    public string ClientId { get; init; } = "sozialhub-portal";

    public string? Name { get; init; } = "Erika Mustermann";

    /// <summary>The <c>email</c> claim (identity adds it when the portal was granted the <c>email</c> scope); null leaves it out.</summary>
    public string? Email { get; init; } = "erika@example.org";

    /// <summary>The <c>email_verified</c> claim identity writes into a person's access token; null leaves it out.</summary>
    public bool? EmailVerified { get; init; } = true;

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Organizations { get; init; } = [];

    public IReadOnlyList<string> Scopes { get; init; } = ["openid", "profile", "roles", "hub.read", "hub.write"];

    public string Audience { get; init; } = TestTokenIssuer.ApiAudience;

    /// <summary>The JWT header's <c>typ</c>: access tokens say <c>at+jwt</c> (RFC 9068), ID tokens do not.</summary>
    public string HeaderType { get; init; } = "at+jwt";

    /// <summary>Negative for a token that has expired.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(10);

    public static TestToken Person(params string[] roles) => new() { Roles = roles };

    /// <summary>A client-credentials token: the client is its own subject.</summary>
    public static TestToken Machine(string clientId, params string[] scopes) =>
        new() { Subject = clientId, ClientId = clientId, Name = clientId, Scopes = scopes, Email = null, EmailVerified = null };
}

/// <summary>
/// A stand-in identity server on loopback for the API's tests: it publishes a discovery document and its signing
/// key exactly as OpenIddict does, and mints signed JWT access tokens (<c>typ: at+jwt</c>) for any person or role,
/// so that the API runs its real, unmodified token validation against it (<c>Identity:Authority</c>).
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string ApiAudience = "sozialhub-api";
    private const string KeyId = "sozialhub-test-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly WebApplication _server;

    private TestTokenIssuer(WebApplication server, Uri authority)
    {
        _server = server;
        Authority = authority;
    }

    /// <summary>The issuer URL, with its trailing slash as identity servers write it.</summary>
    public Uri Authority { get; }

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var authority = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(authority.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        var server = builder.Build();
        var issuer = new TestTokenIssuer(server, authority);
        server.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority.ToString(),
            ["jwks_uri"] = new Uri(authority, ".well-known/jwks").ToString(),
            ["token_endpoint"] = new Uri(authority, "connect/token").ToString(),
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        server.MapGet("/.well-known/jwks", () => Results.Json(new { keys = new[] { issuer.PublicKey() } }));
        await server.StartAsync();
        return issuer;
    }

    /// <summary>A signed access token for the API, as the identity server would issue it.</summary>
    public string Mint(TestToken token) => Sign(token.HeaderType, Payload(token), _key);

    /// <summary>A token signed with a key the issuer never published: a forgery.</summary>
    public string MintWithForeignKey(TestToken token)
    {
        using var foreign = RSA.Create(2048);
        return Sign(token.HeaderType, Payload(token), foreign);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        _key.Dispose();
    }

    private Dictionary<string, object?> Payload(TestToken token)
    {
        var now = DateTimeOffset.UtcNow;
        var issuedAt = token.Lifetime < TimeSpan.Zero ? now + token.Lifetime - TimeSpan.FromMinutes(10) : now;
        var payload = new Dictionary<string, object?>
        {
            ["iss"] = Authority.ToString(),
            ["aud"] = token.Audience,
            ["sub"] = token.Subject,
            ["client_id"] = token.ClientId,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = (now + token.Lifetime).ToUnixTimeSeconds(),
            ["scope"] = string.Join(' ', token.Scopes),
        };
        if (token.Name is not null)
        {
            payload["name"] = token.Name;
        }

        if (token.Email is not null)
        {
            payload["email"] = token.Email;
        }

        if (token.EmailVerified is { } verified)
        {
            payload["email_verified"] = verified;
        }

        if (token.Roles.Count > 0)
        {
            payload["role"] = token.Roles;
        }

        if (token.Organizations.Count > 0)
        {
            payload["org"] = token.Organizations;
        }

        return payload;
    }

    private object PublicKey()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) };
    }

    private static string Sign(string type, Dictionary<string, object?> payload, RSA key)
    {
        var header = new { alg = "RS256", typ = type, kid = KeyId };
        var unsigned = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
