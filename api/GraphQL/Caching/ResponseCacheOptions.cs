namespace SozialHub.Api.GraphQL.Caching;

/// <summary><c>GraphQL:ResponseCache</c>: answers to anonymous queries kept in memory until data change.</summary>
public sealed class ResponseCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Memory for all stored answers together, in bytes; the least recently used go first.</summary>
    public long MaxBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Answers larger than this are not stored (they would push out many small ones).</summary>
    public long MaxEntryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Longest an answer is served; bounds the staleness after a write through another API instance.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);
}
