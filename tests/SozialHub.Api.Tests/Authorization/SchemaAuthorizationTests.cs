using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SozialHub.Api.Authorization;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>Guards on the real schema's authorization metadata, so a new type or mutation cannot slip past the rule.</summary>
[Collection(TokenApiCollection.Collection)]
public sealed class SchemaAuthorizationTests(TokenApiFixture fixture)
{
    [Fact]
    public void Every_mutation_field_declares_who_may_run_it()
    {
        // The rule denies an undeclared mutation anyway — this test says so before a client finds out.
        // MutationMatrixTests checks who may run each one.
        var schema = Schema();
        Assert.NotEmpty(schema.Mutation?.Fields ?? []);

        var undeclared = (schema.Mutation?.Fields ?? [])
            .Where(field => !field.IsAuthorizationRequired() && !field.IsAnonymousAllowed())
            .Select(field => field.Name)
            .ToList();

        Assert.True(undeclared.Count == 0,
            $"Mutations without AuthorizeWithPolicy/AuthorizeWithRoles/Authorize or AllowAnonymous: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Every_policy_the_schema_names_exists()
    {
        var schema = Schema();
        var elements = new List<(string Name, IMetadataReader Element)> { ("schema", schema) };
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            elements.Add((type.Name, type));
            if (type is IComplexGraphType complex)
            {
                elements.AddRange(complex.Fields.Select(f => ($"{type.Name}.{f.Name}", (IMetadataReader)f)));
            }
        }

        var unknown = elements
            .SelectMany(e => (e.Element.GetPolicies() ?? []).Where(p => !HubPolicies.All.Contains(p)).Select(p => $"{e.Name}: {p}"))
            .ToList();

        Assert.True(unknown.Count == 0, $"Unknown policies (see HubPolicies): {string.Join(", ", unknown)}");
        // The schema does use the metadata: the guard above is not vacuous.
        Assert.Contains(elements, e => e.Element.GetPolicies()?.Contains(HubPolicies.Planner) == true);
    }

    private ISchema Schema()
    {
        var schema = fixture.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
