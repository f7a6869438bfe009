using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Http;
using SozialHub.Api.GraphQL.Limits;

namespace SozialHub.Api.Tests.Http;

/// <summary>Documents parsed once by query text; the rules that depend on variables still run on every request.</summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public void A_query_is_parsed_once()
    {
        using var cache = new DocumentCache(new GraphQLDocumentBuilder());

        var (first, _) = cache.GetOrParse("{ items { name } }");
        var (second, _) = cache.GetOrParse("{ items { name } }");
        var (other, _) = cache.GetOrParse("{ items { name children { name } } }");

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.NotSame(first, other);
    }

    [Theory]
    [InlineData("{ items { name }")]
    [InlineData("query { }")]
    public void A_query_that_does_not_parse_gives_a_located_parse_error(string query)
    {
        using var cache = new DocumentCache(new GraphQLDocumentBuilder());

        var (document, error) = cache.GetOrParse(query);

        Assert.Null(document);
        Assert.Equal(ErrorCodes.ParseFailed, ErrorCodes.Of(error!));
        Assert.NotEmpty(error!.Locations!);
    }

    [Fact]
    public void Nesting_deeper_than_the_parser_allows_is_a_parse_error_too()
    {
        using var cache = new DocumentCache(new GraphQLDocumentBuilder());

        var (_, error) = cache.GetOrParse("{ " + string.Concat(Enumerable.Repeat("a { ", 1000)) + "b" + new string('}', 1001));

        Assert.IsType<GraphQLParseError>(error);
    }

    [Fact]
    public async Task A_cached_document_is_still_checked_against_its_variables()
    {
        using var cache = new DocumentCache(new GraphQLDocumentBuilder());
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [cache]);
        var complexity = new ComplexityValidationRule(GraphQLLimits.Complexity(new GraphQLOptions()));
        const string Query = "query($n: Int) { items(first: $n) { children(first: $n) { children { name } } } }";

        Task<ExecutionResult> RunAsync(int n) => executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = LimitRuleTests.CreateSchema(),
            Query = Query,
            Variables = new Inputs(new Dictionary<string, object?> { ["n"] = n }),
            ValidationRules = [.. DocumentValidator.CoreRules, complexity],
            CachedDocumentValidationRules = [complexity],
        });

        var cheap = await RunAsync(1);
        var cheapAgain = await RunAsync(1);
        var costly = await RunAsync(400);

        Assert.True(cheap.Executed && cheapAgain.Executed);
        Assert.False(costly.Executed);
        Assert.IsType<LimitError>(Assert.Single(costly.Errors!));
    }
}
