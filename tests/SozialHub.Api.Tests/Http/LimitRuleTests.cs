using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Limits;

namespace SozialHub.Api.Tests.Http;

/// <summary>
/// The cost model and the shape limits on a small schema of their own (lists with and without <c>first</c>,
/// a connection), so that they hold whatever the real schema looks like today.
/// </summary>
public sealed class LimitRuleTests
{
    private static readonly GraphQLOptions Options = new();
    private static readonly ISchema Schema = CreateSchema();

    [Theory]
    [InlineData("{ items(first: 2) { name children(first: 3) { name } } }", 1 + 2)]
    [InlineData("{ items { children { name } } }", 1 + 50)]
    [InlineData("{ items { children { children { name } } } }", 1 + 50 + 2500)]
    [InlineData("{ page(first: 10) { totalCount nodes { name } edges { node { name } } } }", 1 + 1 + 1 + 10)]
    [InlineData("{ page { nodes { children(first: 4) { name } } } }", 1 + 1 + 50)]
    [InlineData("{ __schema { types { fields { name type { name ofType { name } } } } } }", 0)]
    public async Task Objects_cost_one_and_lists_multiply_by_first_or_the_default_page_size(string query, int expected)
    {
        var cost = await CostAsync(query);

        Assert.Equal(expected, cost);
    }

    [Fact]
    public async Task First_from_a_variable_counts_like_a_literal()
    {
        var small = await CostAsync("query($n: Int) { items(first: $n) { children { name } } }", new Inputs(new Dictionary<string, object?> { ["n"] = 2 }));
        var large = await CostAsync("query($n: Int) { items(first: $n) { children { name } } }", new Inputs(new Dictionary<string, object?> { ["n"] = 400 }));

        Assert.Equal(1 + 2, small);
        Assert.Equal(1 + 400, large);
    }

    [Theory]
    [InlineData("{ items(first: 500) { children(first: 500) { children { name } } } }", LimitError.MaxComplexity)]
    [InlineData("{ items { children { children { children { name } } } } }", LimitError.MaxComplexity)]
    [InlineData("{ a: items(first: 1) { name } b: items(first: 1) { name } }", null)]
    public async Task Costly_operations_are_refused_with_the_limit_named(string query, string? limit)
    {
        var result = await ValidateAsync(query);

        Assert.Equal(limit, LimitOf(result));
    }

    [Fact]
    public async Task Depth_counts_nested_selections()
    {
        static string Nested(int levels) => "{ __type(name: \"Item\") " + string.Concat(Enumerable.Repeat("{ ofType ", levels - 2)) + "{ name }"
            + new string('}', levels - 1);

        Assert.Null(LimitOf(await ValidateAsync(Nested(Options.MaxDepth))));
        Assert.Equal(LimitError.MaxDepth, LimitOf(await ValidateAsync(Nested(Options.MaxDepth + 1))));
    }

    [Fact]
    public async Task Aliases_are_counted_through_fragments()
    {
        var thirty = "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: __typename")) + " }";
        var throughFragments = "{ ...A ...A } fragment A on Query { " + string.Join(" ", Enumerable.Range(0, 16).Select(i => $"a{i}: __typename")) + " }";

        Assert.Null(LimitOf(await ValidateAsync(thirty)));
        Assert.Equal(LimitError.MaxAliases, LimitOf(await ValidateAsync(throughFragments)));
    }

    [Fact]
    public async Task Fragments_that_double_each_other_are_refused_quickly()
    {
        var fragments = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 } " + fragments + " fragment F40 on Query { __typename }";

        var result = await ValidateAsync(query);

        Assert.Equal(LimitError.MaxFields, LimitOf(result));
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }", null)]
    [InlineData("{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }", LimitError.MaxIntrospectionDepth)]
    [InlineData("{ __type(name: \"Item\") { ...T } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { type { interfaces { name } } } }", LimitError.MaxIntrospectionDepth)]
    public async Task Introspection_may_not_nest_its_lists_three_deep(string query, string? limit)
    {
        Assert.Equal(limit, LimitOf(await ValidateAsync(query)));
    }

    private static async Task<double> CostAsync(string query, Inputs? variables = null)
    {
        double cost = -1;
        var complexity = GraphQLLimits.Complexity(Options);
        var explain = complexity.ValidateComplexityDelegate!;
        complexity.ValidateComplexityDelegate = async context =>
        {
            cost = context.TotalImpact;
            await explain(context);
        };
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = query,
            Variables = variables,
            ValidationRules = [.. DocumentValidator.CoreRules, new global::GraphQL.Validation.Rules.Custom.ComplexityValidationRule(complexity)],
        });
        Assert.True(result.Errors is null, string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        return cost;
    }

    private static Task<ExecutionResult> ValidateAsync(string query) => new DocumentExecuter().ExecuteAsync(new ExecutionOptions
    {
        Schema = Schema,
        Query = query,
        ValidationRules =
        [
            .. DocumentValidator.CoreRules,
            new global::GraphQL.Validation.Rules.Custom.ComplexityValidationRule(GraphQLLimits.Complexity(Options)),
            new OperationShapeRule(Options.MaxAliases),
        ],
    });

    private static string? LimitOf(ExecutionResult result)
    {
        var limits = result.Errors?.OfType<LimitError>().Select(e => (string)e.Extensions!["limit"]!).Distinct().ToList() ?? [];
        Assert.True(limits.Count <= 1, string.Join(", ", limits));
        Assert.True(limits.Count == 1 || result.Errors is null, string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        return limits.SingleOrDefault();
    }

    internal static Schema CreateSchema()
    {
        var item = new ObjectGraphType { Name = "Item" };
        item.Field<StringGraphType>("name").Resolve(_ => "x");
        item.Field("children", new ListGraphType(item)).Argument<IntGraphType>("first").Resolve(_ => Array.Empty<object>());

        var page = new ObjectGraphType { Name = "ItemConnection" };
        page.Field<IntGraphType>("totalCount").Resolve(_ => 0);
        page.Field("nodes", new ListGraphType(item)).Resolve(_ => Array.Empty<object>());
        var edge = new ObjectGraphType { Name = "ItemEdge" };
        edge.Field("node", item).Resolve(_ => null);
        page.Field("edges", new ListGraphType(edge)).Resolve(_ => Array.Empty<object>());

        var query = new ObjectGraphType { Name = "Query" };
        query.Field("items", new ListGraphType(item)).Argument<IntGraphType>("first").Resolve(_ => Array.Empty<object>());
        query.Field("page", page).Argument<IntGraphType>("first").Resolve(_ => new object());
        return new Schema { Query = query };
    }
}
