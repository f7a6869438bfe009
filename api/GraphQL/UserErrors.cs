using System.ComponentModel;
using GraphQL.Types;

namespace SozialHub.Api.GraphQL;

/// <summary>A problem with a mutation's input, for the client to show next to the field: nothing was stored.</summary>
/// <param name="Field">The input field (e.g. <c>text</c>), or null for the input as a whole.</param>
/// <param name="Message">German, for people.</param>
public sealed record UserError(string? Field, UserErrorCode Code, string Message);

[Description("What is wrong with a mutation's input.")]
public enum UserErrorCode
{
    [Description("A required value is missing or empty.")]
    Required,

    [Description("A value is longer than allowed.")]
    TooLong,

    [Description("A value has the wrong form or is out of range.")]
    Invalid,

    [Description("The record does not exist or is not visible.")]
    NotFound,

    [Description("The caller may not do this to this record.")]
    NotAllowed,

    [Description("The record's state does not allow this (e.g. it was deleted).")]
    Conflict,

    [Description("The caller did this already (e.g. supported or flagged).")]
    AlreadyDone,

    [Description("Too many contributions in a short time.")]
    RateLimited,

    [Description("The same text was posted a moment ago.")]
    Duplicate,

    [Description("The account's e-mail address is not confirmed yet.")]
    EmailNotConfirmed,
}

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A problem with a mutation's input; nothing was stored.";
        Field(e => e.Field, nullable: true).Description("The input field the problem is about (e.g. `text`), or null for the input as a whole.");
        Field<NonNullGraphType<EnumerationGraphType<UserErrorCode>>>("code").Description("What kind of problem.").Resolve(c => c.Source.Code);
        Field(e => e.Message).Description("What is wrong, in German, for people.");
    }
}

/// <summary>The errors a mutation collects before it stores anything.</summary>
public sealed class UserErrors : List<UserError>
{
    public void Add(string? field, UserErrorCode code, string message) => Add(new UserError(field, code, message));

    public void NotFoundIf(bool condition, string field, string message)
    {
        if (condition)
        {
            Add(field, UserErrorCode.NotFound, message);
        }
    }

    public void InvalidIf(bool condition, string field, string message)
    {
        if (condition)
        {
            Add(field, UserErrorCode.Invalid, message);
        }
    }

    /// <summary>Checks a text and its length; returns it trimmed, or null when it is missing or too long.</summary>
    /// <param name="label">Names the field in German as a sentence starts, e.g. „Der Text“.</param>
    public string? Text(string field, string label, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, UserErrorCode.Required, $"{label} fehlt.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, UserErrorCode.TooLong, $"{label} ist zu lang: höchstens {maxLength} Zeichen, eingegeben {text.Length}.");
            return null;
        }

        return text;
    }
}
