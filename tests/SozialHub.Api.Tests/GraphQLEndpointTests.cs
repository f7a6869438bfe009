using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Tests;

/// <summary>The basics of GraphQL over HTTP that every client relies on.</summary>
[Collection(ApiCollection.Collection)]
public sealed class GraphQLEndpointTests(ApiEnvironment environment)
{
    [Fact]
    public async Task A_query_over_get_with_variables_works()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        var query = Uri.EscapeDataString("query One($key: String!) { socialSpace(key: $key) { name district { name } } }");
        var variables = Uri.EscapeDataString("""{"key":"roden-nord"}""");

        using var response = await http.GetAsync($"/graphql?query={query}&variables={variables}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Roden", body.GetProperty("data").GetProperty("socialSpace").GetProperty("district").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        using var response = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain", "{\"query\":\"{districts{key}}\"}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "{not json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"query\": 42}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"query\":\"{districts{key}}\",\"variables\":[]}", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_the_spec_status_and_an_error_entry(string contentType, string body, HttpStatusCode expected)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await http.PostAsync("/graphql", content);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEmpty(answer.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Validation_errors_follow_the_accepted_media_type(string accept, HttpStatusCode expected)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ noSuchField }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await http.SendAsync(request);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
        Assert.False(answer.TryGetProperty("data", out _));
        Assert.Contains("noSuchField", answer.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
