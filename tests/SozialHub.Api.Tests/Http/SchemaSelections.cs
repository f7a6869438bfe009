using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SozialHub.Api.Tests.Http;

/// <summary>
/// Selections found in the live schema rather than written down, so that the HTTP tests follow the schema
/// as it grows (lists becoming connections and the like).
/// </summary>
internal static class SchemaSelections
{
    public static ISchema SchemaOf(WebApplicationFactory<Program> api)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>A query whose path passes <paramref name="lists"/> list fields (no required arguments), ending in <c>__typename</c>.</summary>
    // Answers only about the caller (empty for the anonymous callers of these tests): a path through them reads nothing.
    private static readonly HashSet<string> CallerOnly = new(StringComparer.Ordinal) { "editableOrganizations" };

    public static string NestedLists(ISchema schema, int lists) =>
        "{ " + (Search(schema.Query, lists, depth: 0) ?? throw new InvalidOperationException($"The schema has no path through {lists} lists.")) + " }";

    private static string? Search(IComplexGraphType type, int lists, int depth)
    {
        if (lists == 0)
        {
            return "__typename";
        }

        if (depth > 6)
        {
            return null;
        }

        // Lists first: a list directly below a list is the cheapest way through the given number of them.
        var fields = type.Fields
            .Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && !HasRequiredArguments(f) && !CallerOnly.Contains(f.Name))
            .OrderByDescending(f => Unwrap(f.ResolvedType!).IsList);
        foreach (var field in fields)
        {
            var (isList, named) = Unwrap(field.ResolvedType!);
            if (named is IComplexGraphType child && Search(child, lists - (isList ? 1 : 0), depth + 1) is { } below)
            {
                return $"{field.Name} {{ {below} }}";
            }
        }

        return null;
    }

    private static bool HasRequiredArguments(FieldType field) =>
        field.Arguments?.Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null) == true;

    private static (bool IsList, IGraphType Named) Unwrap(IGraphType type)
    {
        var isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            isList |= type is ListGraphType;
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : ((ListGraphType)type).ResolvedType!;
        }

        return (isList, type);
    }
}
