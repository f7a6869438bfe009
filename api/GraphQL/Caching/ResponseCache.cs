using System.Security.Cryptography;
using System.Text;
using GraphQL;
using Microsoft.Extensions.Caching.Memory;

namespace SozialHub.Api.GraphQL.Caching;

/// <summary>
/// Serialized answers to anonymous queries, so that the public pages' repeated questions (a Sozialraum
/// profile, an indicator map) cost a hash and a copy instead of an execution. Only callers without any
/// <c>Authorization</c> header are served from it: what a signed-in person or a machine client sees can
/// depend on who they are (roles, small-number suppression). Every write to the database makes all entries
/// stale (<see cref="Invalidate"/>); <see cref="ResponseCacheOptions.Duration"/> bounds how long another
/// instance's write can go unseen (docs/adr/0007).
/// </summary>
public sealed class ResponseCache(ResponseCacheOptions options, IGraphQLTextSerializer serializer) : IDisposable
{
    private readonly MemoryCache _responses = new(new MemoryCacheOptions { SizeLimit = options.MaxBytes });
    private long _version;

    /// <summary>The key of a request that may be answered from the cache; null when it may not.</summary>
    public string? KeyOf(HttpContext http, string mediaType, GraphQLHttpRequest request)
    {
        if (!options.Enabled || http.Request.Headers.Authorization.Count > 0)
        {
            return null;
        }

        // The version is part of the key: an answer computed before a write is stored where nobody looks any more.
        var text = string.Join('\n', Volatile.Read(ref _version), mediaType, request.OperationName, request.Query,
            request.Variables is null ? "" : serializer.Serialize(request.Variables),
            request.Extensions is null ? "" : serializer.Serialize(request.Extensions));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public bool TryGet(string key, out byte[] body) => _responses.TryGetValue(key, out body!);

    public void Set(string key, byte[] body)
    {
        if (body.Length <= options.MaxEntryBytes)
        {
            _responses.Set(key, body, new MemoryCacheEntryOptions { Size = body.Length, AbsoluteExpirationRelativeToNow = options.Duration });
        }
    }

    /// <summary>Makes every stored answer stale; called whenever data are written.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _responses.Compact(1.0);
    }

    public void Dispose() => _responses.Dispose();
}
