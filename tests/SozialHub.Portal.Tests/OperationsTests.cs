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
            // Operations with variables are validated as documents: no values, so no variable coercion.
            Variables = Inputs.Empty,
        });
        return [.. result.Errors];
    }
}
