using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests;

/// <summary>The schema is a contract: api/schema.graphql must match what the code serves.</summary>
[Collection(ApiCollection.Collection)]
public sealed class SchemaSnapshotTests(ApiEnvironment environment)
{
    private const string UpdateVariable = "SOZIALHUB_UPDATE_SCHEMA";

    [Fact]
    public async Task The_checked_in_schema_matches_the_code()
    {
        var api = await environment.SeededAsync(DatabaseProvider.Sqlite);
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").Trim() + "\n";
        var path = Path.Combine(ServiceProcess.RepositoryRoot(), "api", "schema.graphql");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with {UpdateVariable}=1 to write it.");
        var checkedIn = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(checkedIn == printed,
            $"api/schema.graphql differs from the code's schema. If the change is deliberate, run the tests with {UpdateVariable}=1 and commit the file.");
    }
}
