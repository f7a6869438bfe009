namespace SozialHub.Portal.Organisations;

/// <summary>One field of an organisation form (Pages/Shared/_TextField.cshtml).</summary>
public sealed record TextField(string Name, string Label, string? Value, string? Error, bool Required = false, string Type = "text",
    bool Multiline = false, string? Autocomplete = null)
{
    public string Id => "feld-" + new string([.. Name.Replace("Input[", "", StringComparison.Ordinal).Where(char.IsLetterOrDigit)]);
}
