using GraphQL.Validation;
using GraphQLParser.AST;

namespace SozialHub.Api.GraphQL.Limits;

/// <summary>
/// Limits on the selected operation with its fragments expanded: aliases (OWASP), fields, and how deep
/// introspection nests its list fields (graphql-js' MaxIntrospectionDepthRule: a schema is introspected
/// with a nesting of 1, cyclic <c>fields { type { fields … } }</c> queries grow exponentially). Each fragment
/// is measured once, so that fragments spreading fragments cannot make the check itself slow.
/// </summary>
public sealed class OperationShapeRule(int maxAliases) : ValidationRuleBase
{
    /// <summary>Fields after expanding fragments; far above real queries, far below what hurts.</summary>
    public const int MaxFields = 10_000;

    /// <summary>As graphql-js: three nested introspection lists are refused.</summary>
    public const int MaxIntrospectionLists = 3;

    private static readonly HashSet<string> IntrospectionLists = ["fields", "interfaces", "possibleTypes", "inputFields"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var shape = new Measure(context.Document).Of(operation.SelectionSet, inIntrospection: false);
            Report(context, operation, shape);
        }

        return default;
    }

    private void Report(ValidationContext context, GraphQLOperationDefinition operation, Shape shape)
    {
        var source = context.Document.Source;
        if (shape.Aliases > maxAliases)
        {
            context.ReportError(new LimitError(source, LimitError.MaxAliases,
                $"The operation uses {shape.Aliases} aliases; at most {maxAliases} are allowed.", operation));
        }

        if (shape.Fields > MaxFields)
        {
            context.ReportError(new LimitError(source, LimitError.MaxFields,
                $"The operation selects {shape.Fields} fields with its fragments expanded; at most {MaxFields} are allowed.", operation));
        }

        if (shape.IntrospectionLists >= MaxIntrospectionLists)
        {
            context.ReportError(new LimitError(source, LimitError.MaxIntrospectionDepth,
                $"The introspection nests {shape.IntrospectionLists} of the list fields fields, interfaces, possibleTypes and inputFields; " +
                $"at most {MaxIntrospectionLists - 1} are allowed.", operation));
        }
    }

    private readonly record struct Shape(long Fields, long Aliases, int IntrospectionLists)
    {
        // Saturating: fragments can multiply counts beyond any integer.
        private const long Cap = 1L << 50;

        public Shape Plus(Shape other) => new(
            Math.Min(Cap, Fields + other.Fields), Math.Min(Cap, Aliases + other.Aliases),
            Math.Max(IntrospectionLists, other.IntrospectionLists));
    }

    private sealed class Measure(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());

        private readonly Dictionary<(string, bool), Shape> _measured = [];
        private readonly HashSet<string> _inProgress = [];

        public Shape Of(GraphQLSelectionSet selectionSet, bool inIntrospection)
        {
            var shape = default(Shape);
            foreach (var selection in selectionSet.Selections)
            {
                shape = shape.Plus(selection switch
                {
                    GraphQLField field => OfField(field, inIntrospection),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet, inIntrospection),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue, inIntrospection),
                    _ => default,
                });
            }

            return shape;
        }

        private Shape OfField(GraphQLField field, bool inIntrospection)
        {
            var name = field.Name.StringValue;
            var introspection = inIntrospection || name is "__schema" or "__type";
            var own = new Shape(1, field.Alias is null ? 0 : 1, 0);
            if (field.SelectionSet is null)
            {
                return own;
            }

            var below = Of(field.SelectionSet, introspection);
            var list = introspection && IntrospectionLists.Contains(name) ? 1 : 0;
            return own.Plus(below with { IntrospectionLists = below.IntrospectionLists + list });
        }

        private Shape OfFragment(string name, bool inIntrospection)
        {
            if (_measured.TryGetValue((name, inIntrospection), out var known))
            {
                return known;
            }

            // Unknown fragments and cycles are reported by the core rules.
            if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
            {
                return default;
            }

            var shape = Of(fragment.SelectionSet, inIntrospection);
            _inProgress.Remove(name);
            _measured[(name, inIntrospection)] = shape;
            return shape;
        }
    }
}
