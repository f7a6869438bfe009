using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SozialHub.ServiceDefaults.Database;

namespace SozialHub.Api.Tests.Http;

/// <summary>An answer of /graphql: status, media type and the JSON body.</summary>
public sealed record GraphQLAnswer(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Response)
{
    public IReadOnlyList<JsonElement> Errors =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    /// <summary>The single error's <c>extensions</c>, asserting there is exactly one error.</summary>
    public JsonElement OnlyErrorExtensions => Assert.Single(Errors).GetProperty("extensions");

    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}

/// <summary>Requests to /graphql as any HTTP client sends them, and APIs with settings of their own.</summary>
internal static class HttpApi
{
    public const string ResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The shared demo-city API (SQLite) with more settings, started as a host of its own on the same database.</summary>
    public static async Task<WebApplicationFactory<Program>> SeededWithAsync(ApiEnvironment environment, params (string Key, string Value)[] settings)
    {
        var seeded = await environment.SeededAsync(DatabaseProvider.Sqlite);
        return seeded.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    public static Task<GraphQLAnswer> PostAsync(this HttpClient http, object request, string accept = Json) =>
        http.PostRawAsync(JsonSerializer.Serialize(request), accept);

    public static async Task<GraphQLAnswer> PostRawAsync(this HttpClient http, string body, string accept = Json, string contentType = Json)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        message.Headers.Accept.ParseAdd(accept);
        return await SendAsync(http, message);
    }

    public static async Task<GraphQLAnswer> GetQueryAsync(this HttpClient http, string query, object? variables = null, string accept = Json)
    {
        var uri = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        message.Headers.Accept.ParseAdd(accept);
        return await SendAsync(http, message);
    }

    /// <summary>Asserts the error's code (and limit), and that it carries a correlation id.</summary>
    public static void AssertError(JsonElement error, string code, string? limit = null)
    {
        var extensions = error.GetProperty("extensions");
        Assert.Equal(code, extensions.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(extensions.GetProperty("correlationId").GetString()));
        if (limit is not null)
        {
            Assert.Equal(limit, extensions.GetProperty("limit").GetString());
        }
    }

    private static async Task<GraphQLAnswer> SendAsync(HttpClient http, HttpRequestMessage message)
    {
        var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }
}
