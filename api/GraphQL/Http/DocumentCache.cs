using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>
/// Parsed documents by the SHA-256 of their query text, and which of them passed validation once. The
/// endpoint parses through it (to see the operation type before anything runs); as an execution
/// configuration it then skips the core validation rules for documents that passed them, as GraphQL.NET's
/// MemoryDocumentCache does (that package is not in the registry). Rules that depend on variables or the
/// user must be registered with <c>useForCachedDocuments: true</c>; they run on every request.
/// </summary>
public sealed class DocumentCache(IDocumentBuilder builder) : IConfigureExecution, IDisposable
{
    // The size of an entry is the length of its query; a parsed document takes about ten times that in memory,
    // so at most some 20 MB, or thousands of typical queries.
    private const long SizeLimit = 2_000_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    // Per document, the operations (by name; "" for the only one) that passed validation. Weak, so that an
    // evicted document takes its entry along.
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<string, bool>> _validated = [];

    // After the validation rules' own configurations (sort order 100), so that they have added theirs.
    public float SortOrder => 200;

    /// <summary>The parsed document of a query, from the cache or parsed now; a parse error when it does not parse.</summary>
    public (GraphQLDocument? Document, ExecutionError? Error) GetOrParse(string query)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        if (_documents.TryGetValue(key, out GraphQLDocument? document))
        {
            return (document, null);
        }

        try
        {
            document = builder.Build(query);
        }
        catch (SyntaxError error)
        {
            return (null, error);
        }
        catch (GraphQLParserException exception)
        {
            // Nesting deeper than the parser allows is not a syntax error to GraphQL.NET, but it is to a client.
            return (null, new GraphQLParseError(exception));
        }

        _documents.Set(key, document, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        return (document, null);
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is null && options.Query is { } query)
        {
            var (document, error) = GetOrParse(query);
            if (error is not null)
            {
                return new ExecutionResult(error);
            }

            options.Document = document;
        }

        var operation = options.OperationName ?? "";
        var validated = options.Document is { } known ? _validated.GetOrCreateValue(known) : null;
        var validatedBefore = validated?.ContainsKey(operation) == true;
        if (validatedBefore)
        {
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (!validatedBefore && result.Executed)
        {
            validated?.TryAdd(operation, true);
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
