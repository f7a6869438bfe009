using SozialHub.Api.Database;

namespace SozialHub.Api.ActionFields;

/// <summary>A Handlungsfeld: one of the five fields the city steers its goals and measures by.</summary>
public sealed class ActionField : Entity
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    /// <summary>Markdown; rendered and sanitised where it is shown.</summary>
    public string Description { get; set; } = "";

    public int SortOrder { get; set; }
}
