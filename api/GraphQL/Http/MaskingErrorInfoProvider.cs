using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;

namespace SozialHub.Api.GraphQL.Http;

/// <summary>
/// What a client sees of an error: its message and <c>extensions</c> with <c>code</c> (see <see cref="ErrorCodes"/>)
/// and what the endpoint added (the correlation id). Never exception types, data or stack traces; unexpected
/// errors get a generic message, and their details are in the log under the correlation id.
/// </summary>
public sealed partial class MaskingErrorInfoProvider(bool fieldSuggestions) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public const string InternalMessage = "An internal error occurred. Quote the correlation id when you report it.";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var code = ErrorCodes.Of(executionError);
        executionError.Code = code;
        var info = base.GetInfo(executionError);
        if (code == ErrorCodes.Internal)
        {
            info.Message = InternalMessage;
        }
        else if (!fieldSuggestions)
        {
            // "Did you mean …?" lists field, argument and type names: a way to map a schema without introspection.
            info.Message = Suggestion().Replace(info.Message, "");
        }

        return info;
    }

    [GeneratedRegex(@" Did you mean .*$", RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
