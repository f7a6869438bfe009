using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>
/// The values of <c>extensions.code</c> that clients can rely on (docs/standards.md), and how an error gets one.
/// </summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string BadRequest = "BAD_REQUEST";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Internal = "INTERNAL";
    public const string Timeout = "TIMEOUT";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>
    /// GraphQL.NET's own errors are mapped to the codes above; errors our code raises keep the code it gave
    /// them. An error that wraps an exception without a code of ours is unexpected: INTERNAL.
    /// </summary>
    public static string Of(ExecutionError error) => error switch
    {
        SyntaxError or GraphQLParseError => ParseFailed,
        InvalidVariableError => BadUserInput,
        TimeoutError => Timeout,
        UnhandledError => Internal,
        _ when IsGraphQLNetError(error) => error switch
        {
            ValidationError => ValidationFailed,
            DocumentError => OperationResolutionFailure,
            RequestError => BadRequest,
            _ => Internal,
        },
        { Code: { Length: > 0 } code } when error.InnerException is null || code != ErrorInfoProvider.GetErrorCode(error.InnerException) => code,
        { InnerException: not null } => Internal,
        ValidationError => ValidationFailed,
        _ => BadRequest,
    };

    // The base classes are what our own code instantiates (e.g. new ExecutionError(...) { Code = ... }).
    private static bool IsGraphQLNetError(ExecutionError error) =>
        error.GetType().Assembly == typeof(ExecutionError).Assembly
        && error.GetType() != typeof(ExecutionError)
        && error.GetType() != typeof(ValidationError);
}

/// <summary>A query that does not parse (syntax, or nested deeper than the parser allows).</summary>
public sealed class GraphQLParseError : DocumentError
{
    public GraphQLParseError(GraphQLParser.Exceptions.GraphQLParserException exception)
        : base("Error parsing query: " + exception.Description, exception)
    {
        Code = ErrorCodes.ParseFailed;
        AddLocation(exception.Location);
    }
}
