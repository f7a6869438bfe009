using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.GraphQL.Limits;

/// <summary>An operation exceeds one of the configured limits; <c>extensions.limit</c> names which.</summary>
public sealed class LimitError : ValidationError
{
    public const string MaxDepth = "MAX_DEPTH";
    public const string MaxComplexity = "MAX_COMPLEXITY";
    public const string MaxAliases = "MAX_ALIASES";
    public const string MaxFields = "MAX_FIELDS";
    public const string MaxIntrospectionDepth = "MAX_INTROSPECTION_DEPTH";

    public LimitError(ROM source, string limit, string message, ASTNode node)
        : base(source, null, message, node)
    {
        Code = ErrorCodes.ValidationFailed;
        Extensions = new() { ["limit"] = limit };
    }
}
