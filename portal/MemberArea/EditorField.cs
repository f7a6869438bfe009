namespace SozialHub.Portal.MemberArea;

/// <summary>One labelled input (or textarea when <paramref name="Rows"/> is set) of a member-area form, with its hint and message.</summary>
/// <param name="Field">The API's field name, which names the message.</param>
/// <param name="Name">The form's name, e.g. <c>Form.Name</c>; the element's id is derived from it.</param>
public sealed record EditorField(
    string Field, string Name, string Label, string? Value, string? Error,
    string? Hint = null, bool Required = false, int? MaxLength = null, int? Rows = null, string Type = "text", string? InputMode = null)
{
    public string Id => Name.Replace('.', '_');

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : Id + "-hinweis", Error is null ? null : FormErrors.MessageId(Field) }.OfType<string>())
        is { Length: > 0 } ids ? ids : null;
}

/// <summary>A group of checkboxes (action fields, target groups, locations) with its message.</summary>
public sealed record EditorChoices(string Field, string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlyList<string> Chosen, string? Error);

/// <summary>A map whose click sets a point into two inputs (by id), drawn by wwwroot/js/pin-map.js.</summary>
public sealed record PinMap(SozialHub.Portal.Figures.MapData Map, string LatitudeInput, string LongitudeInput);
