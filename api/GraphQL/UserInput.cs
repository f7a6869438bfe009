using GraphQL;

namespace SozialHub.Api.GraphQL;

/// <summary>Errors in what the client asked for (arguments, ids, cursors): <c>extensions.code</c> BAD_USER_INPUT.</summary>
public static class UserInput
{
    public const string Code = "BAD_USER_INPUT";

    public static ExecutionError Error(string message) => new(message) { Code = Code };
}
