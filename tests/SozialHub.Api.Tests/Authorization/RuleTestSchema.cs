using GraphQL;
using GraphQL.Types;
using SozialHub.Api.Authorization;

namespace SozialHub.Api.Tests.Authorization;

/// <summary>
/// A small schema that declares each kind of authorization metadata the rule knows, independent of what the
/// real schema happens to declare today.
/// </summary>
internal sealed class RuleTestSchema : Schema
{
    public sealed record Thing(string Name);

    public sealed record Secret(string Content);

    public RuleTestSchema()
    {
        var node = new InterfaceGraphType { Name = "Node" };
        node.Field<StringGraphType>("id");

        var thing = new ObjectGraphType<Thing> { Name = "Thing", IsTypeOf = o => o is Thing };
        thing.Field<StringGraphType>("id").Resolve(c => c.Source.Name);
        thing.Field<StringGraphType>("name").Resolve(c => c.Source.Name);
        thing.Field<StringGraphType>("internalNote").AuthorizeWithPolicy(HubPolicies.Planner).Resolve(_ => "intern");
        thing.AddResolvedInterface(node);

        SecretType = new ObjectGraphType<Secret> { Name = "Secret", IsTypeOf = o => o is Secret };
        SecretType.Field<StringGraphType>("id").Resolve(c => c.Source.Content);
        SecretType.Field<StringGraphType>("content").Resolve(c => c.Source.Content);
        SecretType.Field<StringGraphType>("teaser").AllowAnonymous().Resolve(_ => "Es gibt etwas.");
        SecretType.AuthorizeWithPolicy(HubPolicies.Planner);
        SecretType.AddResolvedInterface(node);

        var query = new ObjectGraphType { Name = "Query" };
        query.Field("thing", thing).Resolve(_ => new Thing("öffentlich"));
        query.Field("secret", SecretType).Resolve(_ => new Secret("geheim"));
        query.Field("node", node).Argument<StringGraphType>("id").Resolve(c => c.GetArgument<string>("id") == "secret" ? new Secret("geheim") : new Thing("öffentlich"));
        query.Field<StringGraphType>("adminNote").AuthorizeWithRoles(HubPolicies.Admin, "auditor").Resolve(_ => "admin");
        query.Field<StringGraphType>("mine").Authorize().Resolve(_ => "meins");
        query.Field<StringGraphType>("myProfile").AuthorizeWithPolicy(HubPolicies.SignedIn).Resolve(_ => "Profil");
        // A node-style resolver: the concrete type is decided at run time and checked there.
        query.Field("runtimeNode", node).ResolveAsync(async c => await c.AuthorizeReadAsync(SecretType) ? new Secret("geheim") : null);

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<BooleanGraphType>("undeclared").Resolve(_ => true);
        mutation.Field<BooleanGraphType>("open").AllowAnonymous().Resolve(_ => true);
        mutation.Field<BooleanGraphType>("plan").AuthorizeWithPolicy(HubPolicies.Planner).Resolve(_ => true);

        Query = query;
        Mutation = mutation;
        RegisterType(thing);
        RegisterType(SecretType);
    }

    public ObjectGraphType<Secret> SecretType { get; }
}
