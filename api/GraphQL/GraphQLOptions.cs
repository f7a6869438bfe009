using SozialHub.Api.GraphQL.Caching;
using SozialHub.ServiceDefaults;

namespace SozialHub.Api.GraphQL;

/// <summary>
/// The <c>GraphQL</c> configuration section: the limits of /graphql, with the OWASP GraphQL Cheat Sheet's
/// defaults (docs/standards.md). Read and checked once at start; available as <c>IOptions&lt;GraphQLOptions&gt;</c>.
/// </summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Deepest allowed nesting of fields with selections.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest allowed cost of an operation: every object a query may return costs 1 (scalars are free), and
    /// list fields multiply what is below them by <c>first</c>/<c>last</c>, or by <see cref="DefaultPageSize"/>.
    /// </summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Most aliases in one operation, its fragments included.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Page size of a connection without <c>first</c>/<c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>first</c>/<c>last</c> a connection accepts.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Longest a request may run (parsing, validation and execution); then it ends with error code TIMEOUT.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request body in bytes; larger ones are refused with 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> (and the SDL download) are served.</summary>
    public bool Introspection { get; set; } = true;

    public GraphQLBatchingOptions Batching { get; set; } = new();

    public GraphQLRateLimitOptions RateLimit { get; set; } = new();

    public ResponseCacheOptions ResponseCache { get; set; } = new();

    /// <summary>Reads the section; a wrong value stops the start with one line that names the setting.</summary>
    public static GraphQLOptions Read(IConfiguration configuration)
    {
        GraphQLOptions options;
        try
        {
            options = configuration.GetSection(SectionName).Get<GraphQLOptions>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException($"{SectionName}: {e.Message}", e);
        }

        var problems = options.Problems().ToList();
        return problems.Count == 0 ? options : throw new StartupException(string.Join(" ", problems));
    }

    private IEnumerable<string> Problems()
    {
        static string? AtLeast(string name, long value, long minimum) =>
            value < minimum ? $"{SectionName}:{name} is {value}; it must be at least {minimum}." : null;

        static string? Positive(string name, TimeSpan value) =>
            value <= TimeSpan.Zero ? $"{SectionName}:{name} is {value}; it must be a positive time span such as 00:00:10." : null;

        string?[] problems =
        [
            AtLeast(nameof(MaxDepth), MaxDepth, 1),
            AtLeast(nameof(MaxComplexity), MaxComplexity, 1),
            AtLeast(nameof(MaxAliases), MaxAliases, 0),
            AtLeast(nameof(MaxPageSize), MaxPageSize, 1),
            AtLeast(nameof(DefaultPageSize), DefaultPageSize, 1),
            DefaultPageSize > MaxPageSize
                ? $"{SectionName}:{nameof(DefaultPageSize)} is {DefaultPageSize}, more than {SectionName}:{nameof(MaxPageSize)} ({MaxPageSize})."
                : null,
            Positive(nameof(ExecutionTimeout), ExecutionTimeout),
            AtLeast(nameof(MaxRequestBodySize), MaxRequestBodySize, 1024),
            AtLeast($"{nameof(Batching)}:{nameof(Batching.MaxOperations)}", Batching.MaxOperations, 1),
            AtLeast($"{nameof(RateLimit)}:{nameof(RateLimit.PermitLimit)}", RateLimit.PermitLimit, 1),
            AtLeast($"{nameof(RateLimit)}:{nameof(RateLimit.MutationPermitLimit)}", RateLimit.MutationPermitLimit, 1),
            Positive($"{nameof(RateLimit)}:{nameof(RateLimit.Window)}", RateLimit.Window),
            AtLeast($"{nameof(ResponseCache)}:{nameof(ResponseCache.MaxBytes)}", ResponseCache.MaxBytes, 0),
            AtLeast($"{nameof(ResponseCache)}:{nameof(ResponseCache.MaxEntryBytes)}", ResponseCache.MaxEntryBytes, 0),
            Positive($"{nameof(ResponseCache)}:{nameof(ResponseCache.Duration)}", ResponseCache.Duration),
        ];
        return problems.OfType<string>();
    }
}

/// <summary><c>GraphQL:Batching</c>: several operations in one POST as a JSON array; off unless enabled.</summary>
public sealed class GraphQLBatchingOptions
{
    public bool Enabled { get; set; }

    public int MaxOperations { get; set; } = 10;
}

/// <summary>
/// <c>GraphQL:RateLimit</c>: per client (user name or client_id of the access token) or, for anonymous
/// callers, per IP address, in fixed windows. Generous by default; an operator tightens them.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests to /graphql per client and window.</summary>
    public int PermitLimit { get; set; } = 5000;

    /// <summary>Mutations per client and window (they write, so fewer).</summary>
    public int MutationPermitLimit { get; set; } = 500;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
