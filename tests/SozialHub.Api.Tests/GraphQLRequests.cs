using System.Net.Http.Json;
using System.Text.Json;

namespace SozialHub.Api.Tests;

internal static class GraphQLRequests
{
    /// <summary>POSTs a query and returns the response's <c>data</c>, failing the test on <c>errors</c>.</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
