using System.Net;
using SozialHub.Api.GraphQL.Http;
using SozialHub.Api.GraphQL.Limits;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Tests.Http;

/// <summary>The OWASP limits as a client meets them: which status, which code, and that they are configurable.</summary>
[Collection(ApiCollection.Collection)]
public sealed class LimitTests(ApiEnvironment environment)
{
    [Theory]
    [InlineData(HttpApi.Json, HttpStatusCode.OK)]
    [InlineData(HttpApi.ResponseJson, HttpStatusCode.BadRequest)]
    public async Task A_too_deep_query_is_refused_without_data(string accept, HttpStatusCode expected)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        var sixteenLevels = "{ __type(name: \"Query\") " + string.Concat(Enumerable.Repeat("{ ofType ", 14)) + "{ name }" + new string('}', 15);

        var answer = await http.PostAsync(new { query = sixteenLevels }, accept);

        Assert.Equal(expected, answer.Status);
        Assert.False(answer.HasData);
        HttpApi.AssertError(Assert.Single(answer.Errors), ErrorCodes.ValidationFailed, LimitError.MaxDepth);
    }

    [Fact]
    public async Task Cost_is_limited_as_configured()
    {
        await using var api = await HttpApi.SeededWithAsync(environment, ("GraphQL:MaxComplexity", "10"));
        var http = api.CreateClient();
        var schema = SchemaSelections.SchemaOf(api);

        var cheap = await http.PostAsync(new { query = SchemaSelections.NestedLists(schema, 1) });
        var costly = await http.PostAsync(new { query = SchemaSelections.NestedLists(schema, 2) });

        Assert.Empty(cheap.Errors);
        HttpApi.AssertError(Assert.Single(costly.Errors), ErrorCodes.ValidationFailed, LimitError.MaxComplexity);
        Assert.False(costly.HasData);
    }

    [Fact]
    public async Task Thirty_aliases_pass_and_thirty_one_are_refused()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        static string Aliases(int count) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: __typename")) + " }";

        var thirty = await http.PostAsync(new { query = Aliases(30) });
        var thirtyOne = await http.PostAsync(new { query = Aliases(31) });

        Assert.Empty(thirty.Errors);
        Assert.Equal(30, thirty.Body.GetProperty("data").EnumerateObject().Count());
        HttpApi.AssertError(Assert.Single(thirtyOne.Errors), ErrorCodes.ValidationFailed, LimitError.MaxAliases);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413_and_an_error()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        var padding = new string(' ', 1024 * 1024);

        var answer = await http.PostRawAsync($"{{\"query\":\"{padding}{{ __typename }}\"}}");
        var justBelow = await http.PostRawAsync($"{{\"query\":\"{padding[..(1024 * 1024 - 100)]}{{ __typename }}\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        HttpApi.AssertError(Assert.Single(answer.Errors), ErrorCodes.PayloadTooLarge);
        Assert.Equal(HttpStatusCode.OK, justBelow.Status);
        Assert.Empty(justBelow.Errors);
    }

    [Fact]
    public async Task Batching_is_off_by_default()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        var answer = await http.PostRawAsync("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        HttpApi.AssertError(Assert.Single(answer.Errors), ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Batching_when_enabled_answers_each_request_in_order_up_to_the_maximum()
    {
        await using var api = await HttpApi.SeededWithAsync(environment, ("GraphQL:Batching:Enabled", "true"));
        var http = api.CreateClient();
        var one = new { query = "query($n: String!) { __type(name: $n) { name } }", variables = new { n = "Query" } };
        var broken = new { query = "{ nope }" };

        var answer = await http.PostAsync(new object[] { one, broken, one });
        var tooMany = await http.PostAsync(Enumerable.Repeat<object>(one, 11).ToArray());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var results = answer.Body.EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("Query", results[0].GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
        HttpApi.AssertError(results[1].GetProperty("errors")[0], ErrorCodes.ValidationFailed);
        Assert.True(results[2].TryGetProperty("data", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
    }

    [Fact]
    public async Task A_request_that_runs_longer_than_the_execution_timeout_ends_with_TIMEOUT()
    {
        // The cost limit is lifted: this test is about time, and the schema walk's cost grows with the schema.
        await using var api = await HttpApi.SeededWithAsync(environment, ("GraphQL:ExecutionTimeout", "00:00:00.001"), ("GraphQL:MaxComplexity", "1000000"));
        var http = api.CreateClient();
        // Three nested lists of the demo city (thousands of rows) take far longer than a millisecond.
        var query = SchemaSelections.NestedLists(SchemaSelections.SchemaOf(api), 3);

        var answer = await http.PostAsync(new { query }, HttpApi.ResponseJson);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, answer.ToString());
        Assert.False(answer.HasData);
        HttpApi.AssertError(Assert.Single(answer.Errors), ErrorCodes.Timeout);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_and_takes_the_sdl_along()
    {
        await using var api = await HttpApi.SeededWithAsync(environment, ("GraphQL:Introspection", "false"));
        var http = api.CreateClient();

        var schema = await http.PostAsync(new { query = "{ __schema { queryType { name } } }" });
        var type = await http.PostAsync(new { query = "{ __type(name: \"Query\") { name } }" });
        var typename = await http.PostAsync(new { query = "{ __typename }" });
        using var sdl = await http.GetAsync("/graphql?sdl");
        using var sdlFile = await http.GetAsync("/graphql/schema.graphql");

        HttpApi.AssertError(Assert.Single(schema.Errors), ErrorCodes.ValidationFailed);
        HttpApi.AssertError(Assert.Single(type.Errors), ErrorCodes.ValidationFailed);
        Assert.Equal("Query", typename.Body.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sdlFile.StatusCode);
    }

    [Fact]
    public async Task A_deeper_nesting_than_the_parser_allows_is_a_parse_error()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        var nested = "{ " + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + new string('}', 301);

        var answer = await http.PostAsync(new { query = nested }, HttpApi.ResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        HttpApi.AssertError(Assert.Single(answer.Errors), ErrorCodes.ParseFailed);
    }

    [Theory]
    [InlineData("1e999999")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("-0.000000000000000000000000000000000001")]
    public async Task Numbers_no_number_type_can_hold_are_refused_as_input(string number)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        var query = "query($n: Int) { a: __typename @skip(if: false) b: __type(name: \\\"Query\\\") @include(if: true) { name } }";
        var answer = await http.PostRawAsync("{\"query\":\"" + query + "\",\"variables\":{\"n\":" + number + "}}");

        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, answer.ToString());
        Assert.NotEmpty(answer.Errors);
    }
}
