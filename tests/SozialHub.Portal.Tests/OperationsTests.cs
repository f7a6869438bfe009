using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using SozialHub.Testing;
using Xunit;

namespace SozialHub.Portal.Tests;

/// <summary>
/// The portal's checked-in operations against the schema the running API serves and against the schema
/// contract api/schema.graphql: schema drift fails here, not on a page.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class OperationsTests(PortalFixture fixture)
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Operations");

    private static readonly Lazy<ISchema> Contract = new(() =>
        ClientSchema.FromSdl(File.ReadAllText(Path.Combine(ServiceProcess.RepositoryRoot(), "api", "schema.graphql"))));

    public static TheoryData<string> Operations
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in System.IO.Directory.GetFiles(Directory, "*.graphql").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_is_valid_against_the_API_schema(string name)
    {
        var errors = await ValidateAsync(Read(name));

        Assert.True(errors.Count == 0, $"{name}.graphql: {string.Join(" | ", errors.Select(e => e.Message))}");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_is_valid_against_the_schema_contract(string name)
    {
        var errors = await ValidateAsync(Read(name), Contract.Value);

        Assert.True(errors.Count == 0, $"{name}.graphql against api/schema.graphql: {string.Join(" | ", errors.Select(e => e.Message))}");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_holds_one_operation_named_like_its_file(string name)
    {
        // The portal sends the file name as operationName; another name would be an unknown operation.
        var document = GraphQLParser.Parser.Parse(Read(name));

        var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());
        Assert.Equal(name, operation.Name?.StringValue);
    }

    [Fact]
    public async Task A_misspelt_field_fails_validation()
    {
        // Guards the check itself: a validator that accepts everything would pass the theory above.
        var broken = Read("StartPage").Replace("population", "populaton", StringComparison.Ordinal);

        var errors = await ValidateAsync(broken);

        Assert.Contains(errors, e => e.Message.Contains("populaton", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_argument_fails_validation()
    {
        var errors = await ValidateAsync("query Probe { socialSpaces(stadtteil: \"roden\") { key } }");

        Assert.Contains(errors, e => e.Message.Contains("stadtteil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Operations_with_required_variables_are_still_checked_field_by_field()
    {
        // Guards the stand-in values: without them GraphQL.NET stops at "no value provided" and checks no field.
        var errors = await ValidateAsync("query Probe($key: String!) { socialSpace(key: $key) { populaton } }");

        Assert.Contains(errors, e => e.Message.Contains("populaton", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_variable_of_the_wrong_input_type_fails_validation()
    {
        var errors = await ValidateAsync("query Probe($where: IndicatorFilterInput) { socialSpaces(where: $where) { nodes { key } } }");

        Assert.Contains(errors, e => e.Message.Contains("$where", StringComparison.Ordinal));
    }

    /// <summary>A value of the declared type for every required variable (nullable ones stay absent).</summary>
    private static Inputs StandIns(GraphQLDocument document, ISchema schema)
    {
        schema.Initialize();
        var variables = document.Definitions.OfType<GraphQLOperationDefinition>().First().Variables?.Items ?? [];
        return variables.Where(v => v.Type is GraphQLNonNullType).ToDictionary(v => v.Variable.Name.StringValue, v => StandIn(v.Type, schema)).ToInputs();
    }

    private static object? StandIn(GraphQLType type, ISchema schema) => type switch
    {
        GraphQLNonNullType nonNull => StandIn(nonNull.Type, schema),
        GraphQLListType => Array.Empty<object>(),
        GraphQLNamedType named => StandIn(schema.AllTypes[named.Name.StringValue]!),
        _ => null,
    };

    // Input objects get their required fields (mutations take one `input`), enums their first value.
    private static object? StandIn(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => StandIn(nonNull.ResolvedType!),
        ListGraphType => Array.Empty<object>(),
        IntGraphType => 0,
        FloatGraphType => 0.0,
        BooleanGraphType => false,
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType input => input.Fields.Where(f => f.ResolvedType is NonNullGraphType)
            .ToDictionary(f => f.Name, f => StandIn(f.ResolvedType!)),
        _ => "",
    };

    private static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name + ".graphql"));

    private Task<IReadOnlyList<ExecutionError>> ValidateAsync(string query) => ValidateAsync(query, fixture.Schema);

    private static async Task<IReadOnlyList<ExecutionError>> ValidateAsync(string query, ISchema schema)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = DocumentValidator.CoreRules,
            // GraphQL.NET coerces variables before it reports rule errors, so required ones get stand-in values.
            Variables = StandIns(document, schema),
        });
        // Without values, required variables report "no value provided": a matter of the call, not of the document.
        return [.. result.Errors];
    }
}
