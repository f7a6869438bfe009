using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace SozialHub.Api.GraphQL.Limits;

/// <summary>The validation rules that enforce <see cref="GraphQLOptions"/>' limits on documents.</summary>
public static class GraphQLLimits
{
    /// <summary>
    /// Depth and cost (GraphQL.NET's complexity analyzer), aliases and introspection nesting (ours), and
    /// introspection itself when switched off. The first two depend on variables (<c>first: $n</c>) and the
    /// selected operation, so they also run for cached documents.
    /// </summary>
    public static IGraphQLBuilder AddLimits(this IGraphQLBuilder graphql, GraphQLOptions options)
    {
        graphql.AddValidationRule(new ComplexityValidationRule(Complexity(options)), useForCachedDocuments: true);
        graphql.AddValidationRule(new OperationShapeRule(options.MaxAliases), useForCachedDocuments: true);
        if (!options.Introspection)
        {
            graphql.AddValidationRule(NoIntrospectionValidationRule.Instance);
        }

        return graphql;
    }

    /// <summary>
    /// Objects cost 1 and scalars nothing; a list multiplies what is below it by its <c>first</c>/<c>last</c>
    /// (on the field, or on the connection above <c>edges</c>/<c>nodes</c>), else by the default page size.
    /// Introspection costs nothing: its nesting is limited by <see cref="OperationShapeRule"/> instead, so
    /// that GraphiQL and client generators can always read the schema.
    /// </summary>
    public static ComplexityOptions Complexity(GraphQLOptions options)
    {
        var standard = new ComplexityOptions().DefaultComplexityImpactDelegate;
        return new ComplexityOptions
        {
            MaxDepth = options.MaxDepth,
            MaxComplexity = options.MaxComplexity,
            DefaultScalarImpact = 0,
            DefaultObjectImpact = 1,
            DefaultListImpactMultiplier = options.DefaultPageSize,
            DefaultComplexityImpactDelegate = context =>
                context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                    ? new FieldComplexityResult(0, 1)
                    : standard(context),
            ValidateComplexityDelegate = context =>
            {
                context.Error = Explain(context, options);
                return Task.CompletedTask;
            },
        };
    }

    private static LimitError? Explain(ComplexityValidationContext context, GraphQLOptions options)
    {
        if (context.Error is null)
        {
            return null;
        }

        var validation = context.ValidationContext;
        return context.MaxDepth > options.MaxDepth
            ? new LimitError(validation.Document.Source, LimitError.MaxDepth,
                $"The operation nests {context.MaxDepth} levels deep; at most {options.MaxDepth} are allowed.", validation.Operation)
            : new LimitError(validation.Document.Source, LimitError.MaxComplexity,
                $"The operation costs {context.TotalImpact:0}; at most {options.MaxComplexity} are allowed. " +
                "Lists count with their 'first' or 'last' (default page size otherwise): ask for smaller pages.", validation.Operation);
    }
}
