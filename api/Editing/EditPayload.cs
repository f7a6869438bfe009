using GraphQL.Types;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Editing;

/// <summary>
/// What a directory mutation answers: the record as saved, or why nothing changed; on CONFLICT also the record as
/// stored now, so the editor can show both versions side by side.
/// </summary>
public sealed record EditPayload<T>(T? Record, T? Current, IReadOnlyList<UserError> Errors)
    where T : class
{
    public static EditPayload<T> Done(T record) => new(record, null, []);

    public static EditPayload<T> Failed(IReadOnlyList<UserError> errors, T? current = null) => new(null, current, errors);
}

/// <summary>The payload type of one kind of record, e.g. <c>OfferingPayload</c> with the field <c>offering</c>.</summary>
public abstract class EditPayloadType<TGraphType, T> : ObjectGraphType<EditPayload<T>>
    where TGraphType : IGraphType
    where T : class
{
    protected EditPayloadType(string recordField, string what)
    {
        Name = GraphQL.Nodes.GraphTypeName.Of(GetType());
        Description = $"The {what} as saved, or (with errors) why nothing changed.";
        Field<TGraphType>(recordField).Description($"The {what}; null when there are errors.").Resolve(c => c.Source.Record);
        Field<TGraphType>("current")
            .Description($"With a CONFLICT error: the {what} as stored now, with its current version, to compare with one's own changes.")
            .Resolve(c => c.Source.Current);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
