using System.Text;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SozialHub.Portal.Tests;

/// <summary>
/// A schema for validating documents only: from the checked-in SDL, or from an introspection query of the
/// running API. GraphQL.NET builds schemas from SDL, not from introspection, so the latter is written as SDL first.
/// </summary>
public static class ClientSchema
{
    public const string Query = """
        query Introspection {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types {
              kind
              name
              fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } }
              inputFields { ...InputValue }
              interfaces { name }
              enumValues(includeDeprecated: true) { name }
              possibleTypes { name }
            }
          }
        }
        fragment InputValue on __InputValue { name defaultValue type { ...TypeRef } }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        }
        """;

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <param name="introspection">The <c>__schema</c> object of the introspection result.</param>
    public static ISchema FromIntrospection(JsonElement introspection) => FromSdl(ToSdl(introspection));

    /// <summary>A schema from SDL, such as the checked-in contract api/schema.graphql.</summary>
    public static ISchema FromSdl(string sdl)
    {
        var definitions = GraphQLParser.Parser.Parse(sdl).Definitions;
        // Interfaces (Node) and unions need a way to resolve types; validation never resolves one.
        var abstractTypes = definitions.OfType<GraphQLInterfaceTypeDefinition>().Select(i => i.Name.StringValue)
            .Concat(definitions.OfType<GraphQLUnionTypeDefinition>().Select(u => u.Name.StringValue));
        var schema = Schema.For(sdl, builder =>
        {
            foreach (var name in abstractTypes)
            {
                builder.Types.For(name).ResolveType = _ => throw new NotSupportedException("This schema only validates documents.");
            }
        });

        // Custom scalars (GeoJSON, DateTime, …) have no implementation here; for validation any value will do.
        foreach (var scalar in definitions.OfType<GraphQLScalarTypeDefinition>())
        {
            schema.RegisterType(new OpaqueScalar(scalar.Name.StringValue));
        }

        schema.Initialize();
        return schema;
    }

    /// <summary>SDL for the types of an introspection result; descriptions and directives are left out, validation needs neither.</summary>
    public static string ToSdl(JsonElement schema)
    {
        var sdl = new StringBuilder("schema {\n");
        foreach (var root in new[] { "query", "mutation", "subscription" })
        {
            if (schema.GetProperty(root + "Type") is { ValueKind: JsonValueKind.Object } type)
            {
                sdl.Append($"  {root}: {type.GetProperty("name").GetString()}\n");
            }
        }

        sdl.Append("}\n");
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(name))
            {
                continue;
            }

            sdl.Append('\n').Append(type.GetProperty("kind").GetString() switch
            {
                "SCALAR" => $"scalar {name}\n",
                "OBJECT" => $"type {name}{Implements(type)} {{\n{Fields(type)}}}\n",
                "INTERFACE" => $"interface {name}{Implements(type)} {{\n{Fields(type)}}}\n",
                "UNION" => $"union {name} = {string.Join(" | ", Names(type.GetProperty("possibleTypes")))}\n",
                "ENUM" => $"enum {name} {{\n{string.Concat(Names(type.GetProperty("enumValues")).Select(v => $"  {v}\n"))}}}\n",
                "INPUT_OBJECT" => $"input {name} {{\n{string.Concat(type.GetProperty("inputFields").EnumerateArray().Select(f => $"  {InputValue(f)}\n"))}}}\n",
                var kind => throw new InvalidOperationException($"Unknown type kind {kind} of {name}."),
            });
        }

        return sdl.ToString();
    }

    private static string Implements(JsonElement type) =>
        type.GetProperty("interfaces") is { ValueKind: JsonValueKind.Array } interfaces && interfaces.GetArrayLength() > 0
            ? " implements " + string.Join(" & ", Names(interfaces))
            : "";

    private static string Fields(JsonElement type) => string.Concat(type.GetProperty("fields").EnumerateArray().Select(field =>
    {
        var args = field.GetProperty("args").EnumerateArray().Select(InputValue).ToList();
        var list = args.Count > 0 ? $"({string.Join(", ", args)})" : "";
        return $"  {field.GetProperty("name").GetString()}{list}: {TypeRef(field.GetProperty("type"))}\n";
    }));

    private static string InputValue(JsonElement value)
    {
        var text = $"{value.GetProperty("name").GetString()}: {TypeRef(value.GetProperty("type"))}";
        // Introspection gives default values as GraphQL literals, which SDL takes as they are.
        return value.GetProperty("defaultValue") is { ValueKind: JsonValueKind.String } defaultValue
            ? $"{text} = {defaultValue.GetString()}"
            : text;
    }

    private static string TypeRef(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(type.GetProperty("ofType")) + "!",
        "LIST" => $"[{TypeRef(type.GetProperty("ofType"))}]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static IEnumerable<string> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("name").GetString()!);

    private sealed class OpaqueScalar : ScalarGraphType
    {
        public OpaqueScalar(string name) => Name = name;

        public override object? ParseValue(object? value) => value;

        public override object? ParseLiteral(GraphQLValue value) => value;
    }
}
