using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.Authorization;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>The rule on a schema that declares every kind of metadata: what it walks, whom it lets through, what it answers.</summary>
public sealed class GraphQLAuthorizationRuleTests
{
    private static readonly RuleTestSchema Schema = new();
    private static readonly ServiceProvider Services = CreateServices();

    private static ClaimsPrincipal Citizen => Principals.Person(["citizen"]);

    private static ClaimsPrincipal Planner => Principals.Person(["planner"]);

    [Fact]
    public async Task Public_fields_need_no_token()
    {
        var result = await RunAsync("{ thing { name } }", Principals.Anonymous);

        Assert.Null(result.Errors);
    }

    [Theory]
    [InlineData("{ secret { content } }")]
    [InlineData("{ secret { ...S } } fragment S on Secret { content }")]
    [InlineData("{ node(id: \"secret\") { ... on Secret { content } } }")]
    [InlineData("{ node(id: \"secret\") { ...S } } fragment S on Secret { content }")]
    [InlineData("{ node(id: \"secret\") { ...N } } fragment N on Node { ...S } fragment S on Secret { content }")]
    [InlineData("{ thing { internalNote } }")]
    [InlineData("{ thing { ...T } } fragment T on Thing { internalNote }")]
    [InlineData("{ node(id: \"x\") { ... on Thing { internalNote } } }")]
    [InlineData("{ ... on Query { secret { content } } }")]
    public async Task A_planner_only_type_or_field_is_refused_anywhere_in_the_operation(string query)
    {
        var anonymous = await RunAsync(query, Principals.Anonymous);
        var citizen = await RunAsync(query, Citizen);
        var planner = await RunAsync(query, Planner);

        AssertRefused(anonymous, ErrorCodes.Unauthenticated);
        AssertRefused(citizen, ErrorCodes.Forbidden);
        Assert.Null(planner.Errors);
        Assert.True(planner.Executed);
    }

    [Theory]
    [InlineData("query Public { thing { name } } query Hidden { secret { content } }", "Public")]
    [InlineData("query Public { thing { ...P } } fragment P on Thing { name } fragment S on Secret { content } query Hidden { secret { ...S } }", "Public")]
    public async Task Only_the_selected_operation_and_its_fragments_count(string document, string operationName)
    {
        var result = await RunAsync(document, Principals.Anonymous, operationName);

        Assert.Null(result.Errors);
    }

    [Theory]
    [InlineData("{ thing { name } secret @skip(if: true) { content } }", null)]
    [InlineData("query($show: Boolean!) { thing { name } secret @include(if: $show) { content } }", """{"show":false}""")]
    [InlineData("query($show: Boolean!) { thing { name } ... on Query @include(if: $show) { secret { content } } }", """{"show":false}""")]
    public async Task Skipped_selections_are_not_checked(string query, string? variables)
    {
        var result = await RunAsync(query, Principals.Anonymous, variables: variables);

        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task An_included_selection_is_checked()
    {
        var result = await RunAsync("query($show: Boolean!) { secret @include(if: $show) { content } }", Principals.Anonymous, variables: """{"show":true}""");

        AssertRefused(result, ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Fields_marked_anonymous_waive_their_types_requirement_only_when_alone()
    {
        var teaser = await RunAsync("{ secret { teaser __typename } }", Principals.Anonymous);
        var more = await RunAsync("{ secret { teaser content } }", Principals.Anonymous);

        Assert.Null(teaser.Errors);
        AssertRefused(more, ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Roles_need_one_of_them_and_authorize_needs_any_token()
    {
        Assert.Null((await RunAsync("{ adminNote }", Principals.Person(["admin"]))).Errors);
        AssertRefused(await RunAsync("{ adminNote }", Planner), ErrorCodes.Forbidden);
        Assert.Null((await RunAsync("{ mine }", Citizen)).Errors);
        Assert.Null((await RunAsync("{ mine }", Principals.Machine("city-data", "hub.read"))).Errors);
        AssertRefused(await RunAsync("{ mine }", Principals.Anonymous), ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Signed_in_means_a_person_not_a_machine_client()
    {
        Assert.Null((await RunAsync("{ myProfile }", Citizen)).Errors);
        AssertRefused(await RunAsync("{ myProfile }", Principals.Machine("trusted-city", "hub.read")), ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Introspection_is_public()
    {
        var result = await RunAsync("{ __schema { types { name } } __type(name: \"Secret\") { fields { name } } }", Principals.Anonymous);

        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task Each_refused_element_is_reported_once_with_its_location()
    {
        var result = await RunAsync("{ a: secret { content } b: secret { content } thing { internalNote } }", Citizen);

        AssertRefused(result, ErrorCodes.Forbidden);
        Assert.Equal(2, result.Errors!.Count);
        Assert.Contains(result.Errors, e => e.Message.Contains("Secret", StringComparison.Ordinal) && e.Locations is [{ Line: 1, Column: 3 }]);
        Assert.Contains(result.Errors, e => e.Message.Contains("Thing.internalNote", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mutation { undeclared }")]
    [InlineData("mutation { ...M } fragment M on Mutation { undeclared }")]
    public async Task A_mutation_without_declared_authorization_is_denied_to_everyone(string mutation)
    {
        var planner = await RunAsync(mutation, Principals.Person(["planner", "admin"]));
        var anonymous = await RunAsync(mutation, Principals.Anonymous);

        AssertRefused(planner, ErrorCodes.Forbidden);
        AssertRefused(anonymous, ErrorCodes.Forbidden);
        Assert.Contains("declares no authorization", planner.Errors![0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_marked_anonymous_runs_for_anyone()
    {
        var result = await RunAsync("mutation { open }", Principals.Anonymous);

        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task A_declared_mutation_needs_its_policy_and_the_write_scope()
    {
        Assert.Null((await RunAsync("mutation { plan }", Planner)).Errors);
        AssertRefused(await RunAsync("mutation { plan }", Principals.Anonymous), ErrorCodes.Unauthenticated);
        AssertRefused(await RunAsync("mutation { plan }", Citizen), ErrorCodes.Forbidden);
        AssertRefused(await RunAsync("mutation { plan }", Principals.Person(["planner"], "hub.read")), ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_machine_client_reads_only_public_data_unless_configuration_grants_more()
    {
        var plain = Principals.Machine("city-data", "hub.read");
        var trusted = Principals.Machine("trusted-city", "hub.read");

        Assert.Null((await RunAsync("{ thing { name } }", plain)).Errors);
        AssertRefused(await RunAsync("{ secret { content } }", plain), ErrorCodes.Forbidden);
        Assert.Null((await RunAsync("{ secret { content } }", trusted)).Errors);
    }

    [Fact]
    public async Task A_machine_client_writes_only_with_the_scope_and_a_grant_and_ignores_roles_in_its_token()
    {
        var writer = Principals.Machine("city-writer", "hub.read", "hub.write");
        var scopeWithoutGrant = Principals.Machine("trusted-city", "hub.read", "hub.write");
        var grantWithoutScope = Principals.Machine("city-writer", "hub.read");
        var claimsARole = Principals.Machine("city-data", "hub.read", "hub.write");
        ((ClaimsIdentity)claimsARole.Identity!).AddClaim(new Claim("role", "planner"));

        Assert.Null((await RunAsync("mutation { plan }", writer)).Errors);
        AssertRefused(await RunAsync("mutation { plan }", scopeWithoutGrant), ErrorCodes.Forbidden);
        AssertRefused(await RunAsync("mutation { plan }", grantWithoutScope), ErrorCodes.Forbidden);
        AssertRefused(await RunAsync("{ secret { content } }", claimsARole), ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Node_resolvers_check_the_concrete_type_at_run_time()
    {
        var anonymous = await RunAsync("{ runtimeNode { id } }", Principals.Anonymous);
        var citizen = await RunAsync("{ runtimeNode { id } }", Citizen);
        var planner = await RunAsync("{ runtimeNode { id } }", Planner);

        // The operation runs; the hidden object answers null with an error, like a missing one plus the reason.
        Assert.True(anonymous.Executed);
        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(anonymous.Errors!).Code);
        Assert.Equal(["runtimeNode"], anonymous.Errors![0].Path!.Select(p => p.ToString()));
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(citizen.Errors!).Code);
        Assert.Null(planner.Errors);
    }

    private static void AssertRefused(ExecutionResult result, string code)
    {
        Assert.False(result.Executed);
        Assert.NotNull(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(code, e.Code));
        Assert.All(result.Errors, e => Assert.IsType<AuthorizationError>(e));
    }

    private static Task<ExecutionResult> RunAsync(string query, ClaimsPrincipal user, string? operationName = null, string? variables = null) =>
        new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = query,
            OperationName = operationName,
            Variables = variables is null ? null : new global::GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>(variables),
            User = user,
            RequestServices = Services,
            ValidationRules = [.. DocumentValidator.CoreRules, Services.GetRequiredService<GraphQLAuthorizationRule>()],
        });

    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHubPolicies().Configure(options =>
        {
            options.MachineClients["trusted-city"] = new MachineClientOptions { Policies = [HubPolicies.Planner] };
            options.MachineClients["city-writer"] = new MachineClientOptions { Policies = [HubPolicies.Planner, HubPolicies.Write] };
        });
        services.AddSingleton<GraphQLAuthorizationRule>();
        return services.BuildServiceProvider();
    }
}
