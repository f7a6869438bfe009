using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using SozialHub.Api.GraphQL.Http;

namespace SozialHub.Api.Authorization;

/// <summary>The authorization rule refused the operation: nothing of it runs.</summary>
public sealed class AuthorizationError : ValidationError
{
    public AuthorizationError(ROM source, AuthorizationOutcome outcome, string message, ASTNode node)
        : base(source, null, message, node)
    {
        Code = CodeOf(outcome);
    }

    public static string CodeOf(AuthorizationOutcome outcome) =>
        outcome == AuthorizationOutcome.Unauthenticated ? ErrorCodes.Unauthenticated : ErrorCodes.Forbidden;
}
