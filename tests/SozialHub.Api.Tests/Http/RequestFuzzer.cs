using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL.Types;

namespace SozialHub.Api.Tests.Http;

/// <summary>One fuzzed HTTP request to /graphql.</summary>
public sealed record FuzzRequest(string Kind, HttpMethod Method, string Uri, string? Body, string ContentType, string Accept)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Uri);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType);
        }

        message.Headers.TryAddWithoutValidation("Accept", Accept);
        return message;
    }

    public override string ToString() => $"{Kind} {Method} {Uri} {Body?[..Math.Min(Body.Length, 300)]}";
}

/// <summary>
/// Deterministic generator of requests: queries generated from the live schema (random fields, arguments
/// with awkward values, aliases, fragments, variables), the same mutated token by token, random variables,
/// deep nesting, batches, and bodies that are not GraphQL requests at all. Queries only: the shared demo
/// city must not change.
/// </summary>
public sealed partial class RequestFuzzer(ISchema schema, Random random)
{
    private static readonly string[] Accepts =
        ["application/json", "application/graphql-response+json", "*/*", "application/graphql-response+json, application/json;q=0.9"];

    private static readonly string[] Strings =
        ["roden-nord", "", "x", "Run🏃Swim🏊", "\\\"quoted\\\"", "\\u0000", new('a', 2000), "sgb2_share", "ü ö ä ß", "1; DROP TABLE x"];

    private static readonly string[] Ints = ["0", "1", "-1", "5", "500", "501", "2147483647", "2147483648", "-2147483649", "99999999999999999999"];

    private static readonly string[] Floats = ["0.5", "-1.25", "1e308", "1e309", "-1e-400", "3.4028235e39", "0", "12"];

    private static readonly string[] ExtraTokens =
        ["{", "}", "(", ")", "[", "]", ":", "!", "$v", "...", "on", "fragment", "query", "@skip", "@include", "null", "true",
         "\"\"", "1e999", "99999999999999999999", "__typename", "__schema", "__type", "#", ",", "=", "|", "&", "\"unterminated"];

    private readonly List<string> _corpus = [];

    public FuzzRequest Next()
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 35 => Post("generated", Generate()),
            < 60 => Post("mutated", Mutate(Generate())),
            < 70 => PostRaw("variables", JsonSerializer.Serialize(new { query = Generate(), variables = RandomJson(3) })),
            < 78 => Get(Generate()),
            < 83 => Post("deep", Deep()),
            < 88 => PostRaw("batch", "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 13)).Select(_ =>
                JsonSerializer.Serialize(new { query = Generate() }))) + "]"),
            _ => Malformed(),
        };
    }

    private FuzzRequest Post(string kind, string query) => PostRaw(kind, JsonSerializer.Serialize(new { query }));

    private FuzzRequest PostRaw(string kind, string body) =>
        new(kind, HttpMethod.Post, "/graphql", body, "application/json", Pick(Accepts));

    private FuzzRequest Get(string query)
    {
        var uri = "/graphql?query=" + Uri.EscapeDataString(query);
        if (random.Next(3) == 0)
        {
            uri += "&variables=" + Uri.EscapeDataString(random.Next(2) == 0 ? Json(RandomJson(2)) : "{not json");
        }

        return new("get", HttpMethod.Get, uri, null, "application/json", Pick(Accepts));
    }

    private FuzzRequest Malformed() => random.Next(8) switch
    {
        0 => PostRaw("malformed", Json(RandomJson(4))),
        1 => PostRaw("malformed", JsonSerializer.Serialize(new { query = Generate() })[..random.Next(1, 20)]),
        2 => PostRaw("malformed", $$"""{"query":{{Json(RandomJson(1))}},"operationName":{{Json(RandomJson(1))}}}"""),
        3 => PostRaw("malformed", $$"""{"query":"{ __typename }","extensions":{{Json(RandomJson(2))}},"unknown":[1,2,3]}"""),
        4 => new("malformed", HttpMethod.Post, "/graphql", Generate(), Pick(["application/graphql", "text/plain", "application/x-www-form-urlencoded"]), Pick(Accepts)),
        5 => new("malformed", HttpMethod.Get, "/graphql?" + Pick(["query=", "query=%7B&query=%7B", "operationName=x", "variables=%5B%5D&query=%7B__typename%7D", "extensions=1&query=%7B__typename%7D"]), null, "application/json", Pick(Accepts)),
        6 => PostRaw("malformed", "{\"query\":\"{ __typename }\",\"variables\":" + new string('[', 200) + new string(']', 200) + "}"),
        _ => PostRaw("malformed", Encoding.Latin1.GetString(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(256)).ToArray())),
    };

    /// <summary>A query over the live schema; also remembered as material for mutation.</summary>
    private string Generate()
    {
        var variables = new List<string>();
        var fragments = new List<string>();
        var selection = Select(schema.Query, depth: 0, variables, fragments);
        var header = variables.Count > 0 ? $"query Fuzz({string.Join(", ", variables)}) " : random.Next(4) == 0 ? "query Fuzz " : "";
        var document = header + selection + (fragments.Count > 0 ? " " + string.Join(" ", fragments) : "");
        _corpus.Add(document);
        return document;
    }

    private string Select(IComplexGraphType type, int depth, List<string> variables, List<string> fragments)
    {
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var parts = new List<string>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var roll = random.Next(20);
            if (roll == 0 || fields.Count == 0)
            {
                parts.Add("__typename");
                continue;
            }

            var field = Pick(fields);
            var alias = random.Next(6) == 0 ? $"a{random.Next(100)}: " : "";
            var arguments = Arguments(field, variables);
            var named = Named(field.ResolvedType!);
            if (named is IComplexGraphType complex)
            {
                var inner = depth >= 3 ? "{ __typename }" : Select(complex, depth + 1, variables, fragments);
                if (random.Next(8) == 0)
                {
                    var name = $"F{fragments.Count}";
                    fragments.Add($"fragment {name} on {complex.Name} {inner}");
                    inner = $"{{ ...{name} }}";
                }

                parts.Add($"{alias}{field.Name}{arguments} {inner}");
            }
            else
            {
                parts.Add(named is ScalarGraphType or EnumerationGraphType ? $"{alias}{field.Name}{arguments}" : "__typename");
            }
        }

        return "{ " + string.Join(" ", parts) + " }";
    }

    private string Arguments(FieldType field, List<string> variables)
    {
        var arguments = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType || random.Next(3) == 0).ToList() ?? [];
        if (arguments.Count == 0)
        {
            return "";
        }

        var values = arguments.Select(a =>
        {
            if (random.Next(5) == 0)
            {
                var variable = $"$v{variables.Count}";
                variables.Add($"{variable}: {a.ResolvedType}");
                return $"{a.Name}: {variable}";
            }

            return $"{a.Name}: {Literal(a.ResolvedType!, 0)}";
        });
        return "(" + string.Join(", ", values) + ")";
    }

    private string Literal(IGraphType type, int depth) => type switch
    {
        NonNullGraphType nonNull => Literal(nonNull.ResolvedType!, depth),
        ListGraphType list => "[" + string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(_ => Literal(list.ResolvedType!, depth + 1))) + "]",
        _ when random.Next(15) == 0 => Pick(["null", "\"wrong type\"", "42", "{}", "[]"]),
        IntGraphType or LongGraphType or ShortGraphType => Pick(Ints),
        FloatGraphType or DecimalGraphType => Pick(Floats),
        BooleanGraphType => Pick(["true", "false"]),
        EnumerationGraphType enumeration => random.Next(5) == 0 ? "NOT_A_VALUE" : Pick(enumeration.Values.Select(v => v.Name).ToList()),
        IInputObjectGraphType input when depth < 3 => "{ " + string.Join(", ", input.Fields
            .Where(f => f.ResolvedType is NonNullGraphType || random.Next(3) == 0)
            .Select(f => $"{f.Name}: {Literal(f.ResolvedType!, depth + 1)}")) + " }",
        IInputObjectGraphType => "{}",
        _ => "\"" + Pick(Strings) + "\"",
    };

    private string Mutate(string document)
    {
        var tokens = Token().Matches(document).Select(m => m.Value).ToList();
        var vocabulary = tokens.Concat(ExtraTokens).ToList();
        for (var i = random.Next(1, 5); i > 0 && tokens.Count > 0; i--)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(4))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[at]);
                    break;
                case 2:
                    tokens.Insert(at, Pick(vocabulary));
                    break;
                default:
                    tokens[at] = Pick(vocabulary);
                    break;
            }
        }

        if (_corpus.Count > 1 && random.Next(10) == 0)
        {
            tokens.AddRange(Token().Matches(Pick(_corpus)).Select(m => m.Value));
        }

        return string.Join(" ", tokens);
    }

    private string Deep()
    {
        var depth = random.Next(10, 400);
        return random.Next(3) switch
        {
            0 => new string('{', depth) + new string('}', depth),
            1 => "{ __type(name: \"Query\") " + string.Concat(Enumerable.Repeat("{ ofType ", depth)) + "{ name }" + new string('}', depth + 1),
            _ => "query($v: [[Int]]) { __typename } " + string.Concat(Enumerable.Repeat("fragment X on Query { ...X } ", 3)),
        };
    }

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";

    private JsonNode? RandomJson(int depth) => random.Next(depth <= 0 ? 6 : 9) switch
    {
        0 => JsonValue.Create(Pick(Strings))!,
        1 => JsonNode.Parse(Pick(Ints))!,
        2 => JsonNode.Parse(Pick(["1e308", "-1.5", "1e999999", "123456789012345678901234567890.5", "-0"]))!,
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => null,
        5 => JsonValue.Create(random.Next().ToString(CultureInfo.InvariantCulture))!,
        6 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(depth - 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i =>
            KeyValuePair.Create(random.Next(3) == 0 ? $"v{i}" : Pick(["key", "first", "name", "v0", "v1", "after"]), (JsonNode?)RandomJson(depth - 1)))
            .DistinctBy(p => p.Key)),
    };

    private static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Named(nonNull.ResolvedType!),
        ListGraphType list => Named(list.ResolvedType!),
        _ => type,
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex("""[A-Za-z_$][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*"|\.\.\.|[{}()\[\]:!@=,|&#]""")]
    private static partial Regex Token();
}
