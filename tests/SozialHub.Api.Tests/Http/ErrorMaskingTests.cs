using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SozialHub.Api.GraphQL.Http;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Http;

/// <summary>Every error has a code and the correlation id; what went wrong inside stays in the log.</summary>
[Collection(ApiCollection.Collection)]
public sealed class ErrorMaskingTests(ApiEnvironment environment)
{
    [Fact]
    public async Task A_failing_database_gives_INTERNAL_with_a_correlation_id_that_leads_to_the_logged_exception()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "masking");
        var log = new CapturedLog();
        await using var factory = new ApiFactory(database.With(("Seed:LoadOnFirstStart", "false")));
        await using var api = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log)));
        var http = api.CreateClient();
        var query = SchemaSelections.NestedLists(SchemaSelections.SchemaOf(api), 1);
        Assert.Empty((await http.PostAsync(new { query })).Errors);

        // The database file disappears under the running service: every table is gone.
        File.Delete(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        SqliteConnection.ClearAllPools();
        var answer = await http.PostAsync(new { query }, HttpApi.ResponseJson);

        var error = Assert.Single(answer.Errors);
        HttpApi.AssertError(error, ErrorCodes.Internal);
        Assert.Equal(MaskingErrorInfoProvider.InternalMessage, error.GetProperty("message").GetString());
        var body = answer.Body.ToString();
        Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body);
        var correlationId = error.GetProperty("extensions").GetProperty("correlationId").GetString()!;
        var entry = Assert.Single(log.Entries, e => e.Message.Contains(correlationId));
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<SqliteException>(entry.Exception);
    }

    [Theory]
    [InlineData("{ __typename", ErrorCodes.ParseFailed)]
    [InlineData("{ noSuchField }", ErrorCodes.ValidationFailed)]
    [InlineData("query($key: String!) { __typename }", ErrorCodes.ValidationFailed)]
    [InlineData("query($name: String!) { __type(name: $name) { name } }", ErrorCodes.BadUserInput)]
    [InlineData("query A { __typename } query B { __typename }", ErrorCodes.OperationResolutionFailure)]
    public async Task Request_errors_carry_a_code_and_a_correlation_id(string query, string code)
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        var answer = await http.PostAsync(new { query }, HttpApi.ResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
        HttpApi.AssertError(answer.Errors[0], code);
    }

    [Fact]
    public async Task Field_suggestions_are_left_out_outside_development()
    {
        var api = await environment.SeededAsync(DatabaseProvider.Sqlite);
        var field = SchemaSelections.SchemaOf(api).Query.Fields.First().Name;
        var misspelt = field + "x";

        var answer = await api.CreateClient().PostAsync(new { query = $"{{ {misspelt} }}" });

        var message = Assert.Single(answer.Errors).GetProperty("message").GetString();
        Assert.Contains($"'{misspelt}'", message);
        Assert.DoesNotContain("Did you mean", message);
        Assert.DoesNotContain($"'{field}'", message);
    }

    [Fact]
    public async Task Http_level_problems_are_graphql_errors_too()
    {
        var http = (await environment.SeededAsync(DatabaseProvider.Sqlite)).CreateClient();

        var notAcceptable = await http.GetQueryAsync("{ __typename }", accept: "text/csv");
        var unsupported = await http.PostRawAsync("{ __typename }", contentType: "application/graphql");
        var notJson = await http.PostRawAsync("{ \"query\": ");

        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.Status);
        HttpApi.AssertError(Assert.Single(notAcceptable.Errors), ErrorCodes.NotAcceptable);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.Status);
        HttpApi.AssertError(Assert.Single(unsupported.Errors), ErrorCodes.UnsupportedMediaType);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        HttpApi.AssertError(Assert.Single(notJson.Errors), ErrorCodes.BadRequest);
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string, Exception?)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue((logLevel, formatter(state, exception), exception));
                }
            }
        }
    }
}
