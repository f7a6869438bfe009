using System.Reflection;

namespace SozialHub.Portal.GraphQL;

/// <summary>An operation from GraphQL/Operations and the type its <c>data</c> is read into.</summary>
/// <param name="Name">The file name without <c>.graphql</c>, which is also the operation's name.</param>
public sealed record GraphQLOperation<TData>(string Name)
{
    public string Document => GraphQLOperations.Load(Name);
}

/// <summary>The portal's GraphQL documents, embedded from GraphQL/Operations/*.graphql.</summary>
/// <remarks>Kept as files, not strings in code, so that a test can validate each against the API's schema.</remarks>
public static class GraphQLOperations
{
    private const string Prefix = "SozialHub.Portal.Operations.";
    private const string Extension = ".graphql";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Documents = new(ReadAll);

    /// <summary>Every operation, by name.</summary>
    public static IReadOnlyDictionary<string, string> All => Documents.Value;

    public static string Load(string name) =>
        Documents.Value.TryGetValue(name, out var document)
            ? document
            : throw new InvalidOperationException($"GraphQL/Operations/{name}{Extension} is not embedded in the portal.");

    private static Dictionary<string, string> ReadAll()
    {
        var assembly = typeof(GraphQLOperations).Assembly;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            documents.Add(resource[Prefix.Length..^Extension.Length], reader.ReadToEnd());
        }

        return documents;
    }
}
