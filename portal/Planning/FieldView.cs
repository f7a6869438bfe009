namespace SozialHub.Portal.Planning;

/// <summary>One text field of a planning form: label, hint, the message next to it, and the value as typed.</summary>
public sealed record FieldView(string Field, string Name, string Label, string? Value, string? Error, string? Hint = null, int MaxLength = 200,
    string Type = "text", bool Required = false)
{
    public string Id => "feld-" + Field;

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hinweis", Error is null ? null : Id + "-fehler" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
