using System.Net.Http.Json;
using System.Text.Json;

namespace SozialHub.Api.Tests;

internal static class GraphQLResponses
{
    /// <summary>POSTs a query and returns the whole response body, errors included.</summary>
    public static async Task<JsonElement> PostAsync(this HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The single error of a response: its code and message.</summary>
    public static (string? Code, string Message) SingleError(this JsonElement body)
    {
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        var error = Assert.Single(errors.EnumerateArray());
        var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (code, error.GetProperty("message").GetString()!);
    }

    /// <summary>The <c>nodes</c> of a connection in <c>data</c>, read as one string field each.</summary>
    public static List<string> Names(this JsonElement data, string connection, string field = "name") =>
        [.. data.GetProperty(connection).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(field).GetString()!)];
}
