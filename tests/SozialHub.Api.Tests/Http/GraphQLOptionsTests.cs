using Microsoft.Extensions.Configuration;
using SozialHub.Api.GraphQL;
using SozialHub.ServiceDefaults;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.Http;

/// <summary>The GraphQL:* settings: OWASP defaults, and one line naming a wrong one.</summary>
public sealed class GraphQLOptionsTests
{
    [Fact]
    public void Without_settings_the_owasp_defaults_apply()
    {
        var options = GraphQLOptions.Read(new ConfigurationBuilder().Build());

        Assert.Equal((15, 5000, 30, 50, 500), (options.MaxDepth, options.MaxComplexity, options.MaxAliases, options.DefaultPageSize, options.MaxPageSize));
        Assert.Equal((TimeSpan.FromSeconds(10), 1024 * 1024L, true), (options.ExecutionTimeout, options.MaxRequestBodySize, options.Introspection));
        Assert.Equal((false, 10), (options.Batching.Enabled, options.Batching.MaxOperations));
        Assert.True(options.RateLimit.Enabled);
    }

    [Theory]
    [InlineData("GraphQL:MaxDepth", "0", "GraphQL:MaxDepth is 0")]
    [InlineData("GraphQL:DefaultPageSize", "600", "GraphQL:DefaultPageSize is 600, more than GraphQL:MaxPageSize (500)")]
    [InlineData("GraphQL:ExecutionTimeout", "-00:00:01", "GraphQL:ExecutionTimeout")]
    [InlineData("GraphQL:RateLimit:PermitLimit", "0", "GraphQL:RateLimit:PermitLimit is 0")]
    [InlineData("GraphQL:MaxComplexity", "lots", "GraphQL:MaxComplexity")]
    [InlineData("GraphQL:MaxDeph", "10", "MaxDeph")]
    public void A_wrong_setting_is_named(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        var error = Assert.Throws<StartupException>(() => GraphQLOptions.Read(configuration));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Fact]
    public async Task The_service_stops_at_start_with_one_line()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, null, "options");

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("api", database.With(("GraphQL:MaxAliases", "-1")));

        Assert.Equal(1, exitCode);
        Assert.Contains("SozialHub cannot start: GraphQL:MaxAliases is -1; it must be at least 0.", output);
        Assert.DoesNotContain("   at ", output);
    }
}
