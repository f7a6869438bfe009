using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace SozialHub.Api.Authorization;

/// <summary>
/// Enforces the authorization metadata on the schema, its types and fields for the operation about to run
/// (GraphQL.Server's rule is not in the registry, so this is ours). It walks the selected operation only, into
/// named and inline fragments, honouring <c>@skip</c>/<c>@include</c>:
/// <list type="bullet">
/// <item>a field's own metadata, and the metadata of the type it returns or a fragment names;</item>
/// <item>a type's metadata is waived when every field selected on it is <c>AllowAnonymous()</c> (GraphQL.NET's meaning);</item>
/// <item>every mutation field must declare who may run it (a policy, roles, <c>Authorize()</c>) or be
/// <c>AllowAnonymous()</c>; undeclared ones are denied to everyone, and declared ones also need the
/// <c>hub.write</c> policy, so that a token without that scope never changes data;</item>
/// <item>introspection is public.</item>
/// </list>
/// A refusal stops the whole operation with <c>UNAUTHENTICATED</c> (401) or <c>FORBIDDEN</c> (403). Objects whose
/// type is known only at run time (<c>node</c>/<c>nodes</c>) are checked by their resolvers (<see cref="IGraphTypeAuthorizer"/>).
/// </summary>
public sealed class GraphQLAuthorizationRule(IGraphTypeAuthorizer authorizer) : ValidationRuleBase
{
    private static readonly IMetadataReader WriteAccess = new MetadataProvider().AuthorizeWithPolicy(HubPolicies.Write);

    // After variables are parsed, so that @skip(if: $var) is known.
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        await new Walk(context, authorizer).RunAsync();
        return null;
    }

    private sealed class Walk(ValidationContext context, IGraphTypeAuthorizer authorizer)
    {
        private readonly ClaimsPrincipal _user = context.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        private readonly Dictionary<IMetadataReader, AuthorizationOutcome> _decided = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _fragments = new(StringComparer.Ordinal);

        public async Task RunAsync()
        {
            var operation = context.Operation;
            IGraphType? root = operation.Operation switch
            {
                OperationType.Query => context.Schema.Query,
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => null,
            };
            if (root is null)
            {
                return; // the core rules have reported it
            }

            await CheckAsync(context.Schema, operation, "the schema");
            await CheckTypeAsync(root, operation.SelectionSet, operation);
            await VisitAsync(operation.SelectionSet, root);
        }

        private async Task VisitAsync(GraphQLSelectionSet selections, IGraphType parent)
        {
            foreach (var selection in selections.Selections.Where(context.ShouldIncludeNode))
            {
                switch (selection)
                {
                    case GraphQLField field:
                        await VisitFieldAsync(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        var type = inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.StringValue] : parent;
                        if (type is not null)
                        {
                            await CheckTypeAsync(type, inline.SelectionSet, inline);
                            await VisitAsync(inline.SelectionSet, type);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        await VisitFragmentAsync(spread);
                        break;
                }
            }
        }

        private async Task VisitFragmentAsync(GraphQLFragmentSpread spread)
        {
            // A fragment's checks do not depend on where it is spread: its type condition fixes its parent type.
            var name = spread.FragmentName.Name.StringValue;
            if (!_fragments.Add(name)
                || context.Document.FindFragmentDefinition(name) is not { } fragment
                || context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] is not { } type)
            {
                return;
            }

            await CheckTypeAsync(type, fragment.SelectionSet, spread);
            await VisitAsync(fragment.SelectionSet, type);
        }

        private async Task VisitFieldAsync(GraphQLField field, IGraphType parent)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal)
                || parent is not IComplexGraphType complex
                || complex.GetField(name) is not { } definition)
            {
                return; // introspection is public; unknown fields have been reported by the core rules
            }

            var label = $"{parent.Name}.{name}";
            if (!definition.IsAnonymousAllowed())
            {
                if (ReferenceEquals(parent, context.Schema.Mutation))
                {
                    await CheckMutationAsync(definition, field, label);
                }

                await CheckAsync(definition, field, $"the field {label}");
            }

            if (definition.ResolvedType?.GetNamedType() is { } type)
            {
                await CheckTypeAsync(type, field.SelectionSet, field);
                if (field.SelectionSet is not null)
                {
                    await VisitAsync(field.SelectionSet, type);
                }
            }
        }

        private async Task CheckMutationAsync(FieldType definition, GraphQLField field, string label)
        {
            if (!definition.IsAuthorizationRequired())
            {
                Report(AuthorizationOutcome.Forbidden, $"The mutation {label} declares no authorization and is denied to everyone.", field);
                return;
            }

            await CheckAsync(WriteAccess, field, $"the mutation {label} (it needs the scope {HubPolicies.Write})");
        }

        private Task CheckTypeAsync(IGraphType type, GraphQLSelectionSet? selections, ASTNode node) =>
            OnlyAnonymousFields(type, selections) ? Task.CompletedTask : CheckAsync(type, node, $"the type {type.Name}");

        private async Task CheckAsync(IMetadataReader element, ASTNode node, string what)
        {
            if (_decided.ContainsKey(element))
            {
                return; // reported once, where it first occurs
            }

            var outcome = await authorizer.AuthorizeAsync(element, _user);
            _decided.Add(element, outcome);
            if (outcome != AuthorizationOutcome.Allowed)
            {
                Report(outcome, outcome == AuthorizationOutcome.Unauthenticated
                    ? $"Access to {what} requires signing in."
                    : $"You are not allowed to access {what}.", node);
            }
        }

        private void Report(AuthorizationOutcome outcome, string message, ASTNode node) =>
            context.ReportError(new AuthorizationError(context.Document.Source, outcome, message, node));

        private bool OnlyAnonymousFields(IGraphType type, GraphQLSelectionSet? selections)
        {
            if (selections is null || type is not IComplexGraphType complex)
            {
                return false;
            }

            // Fragments count as "more": only plain fields, each marked AllowAnonymous, waive the type's requirement.
            var selected = selections.Selections
                .Where(s => context.ShouldIncludeNode(s) && s is not GraphQLField { Name.StringValue: "__typename" })
                .ToList();
            return selected.Count > 0
                && selected.All(s => s is GraphQLField field && complex.GetField(field.Name.StringValue)?.IsAnonymousAllowed() == true);
        }
    }
}
