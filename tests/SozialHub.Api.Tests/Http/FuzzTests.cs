using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace SozialHub.Api.Tests.Http;

/// <summary>Thousands of generated and mutated requests: never a server error, never an answer without data or errors, no hang.</summary>
[Collection(ApiCollection.Collection)]
public sealed class FuzzTests(ApiEnvironment environment, ITestOutputHelper output)
{
    private const int Seed = 4_2026;
    private const int Requests = 3000;

    [Fact]
    public async Task Generated_and_mutated_requests_never_cause_a_server_error()
    {
        // A low cost limit keeps generated queries small (thousands run in seconds) and fuzzes the limit too.
        await using var api = await HttpApi.SeededWithAsync(environment,
            ("GraphQL:MaxComplexity", "100"), ("GraphQL:Batching:Enabled", "true"));
        var http = api.CreateClient();
        var fuzzer = new RequestFuzzer(SchemaSelections.SchemaOf(api), new Random(Seed));
        // Far more than the run needs: only a hang trips it.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var failures = new List<string>();
        var kinds = new Dictionary<string, int>();
        var statuses = new Dictionary<int, int>();
        var withData = 0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Requests; i++)
        {
            var request = fuzzer.Next();
            using var message = request.ToMessage();
            using var response = await http.SendAsync(message, hang.Token);
            var body = await response.Content.ReadAsStringAsync(hang.Token);
            kinds[request.Kind] = kinds.GetValueOrDefault(request.Kind) + 1;
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            withData += body.Contains("\"data\":{", StringComparison.Ordinal) ? 1 : 0;
            if (Problem((int)response.StatusCode, body) is { } problem)
            {
                failures.Add($"#{i} {request}\n  → {(int)response.StatusCode}: {problem}");
            }
        }

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}; " +
            $"status codes: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}"))}; {withData} with data");
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers, the first ones:\n{string.Join("\n", failures.Take(10))}");
    }

    /// <summary>What is wrong with an answer, or null.</summary>
    private static string? Problem(int status, string body)
    {
        if (status >= 500)
        {
            return "server error " + body;
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "not JSON: " + body[..Math.Min(body.Length, 200)];
        }

        return json.ValueKind == JsonValueKind.Array
            ? json.EnumerateArray().Select(ResultProblem).FirstOrDefault(p => p is not null)
            : ResultProblem(json);
    }

    private static string? ResultProblem(JsonElement result)
    {
        var hasData = result.TryGetProperty("data", out _);
        var hasErrors = result.TryGetProperty("errors", out var errors);
        if (!hasData && !hasErrors)
        {
            return "neither data nor errors: " + result;
        }

        if (!hasErrors)
        {
            return null;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (!error.TryGetProperty("extensions", out var extensions)
                || !extensions.TryGetProperty("code", out var code) || code.GetString() is not { Length: > 0 } value
                || !extensions.TryGetProperty("correlationId", out _))
            {
                return "an error without code or correlation id: " + error;
            }

            if (value == "INTERNAL")
            {
                return "an internal error: " + error;
            }
        }

        return null;
    }
}
