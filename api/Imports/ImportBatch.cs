using System.ComponentModel;
using SozialHub.Api.Database;

namespace SozialHub.Api.Imports;

/// <summary>A Datenlieferung: one applied import of a file, the provenance of what it delivered.</summary>
public sealed class ImportBatch : Entity
{
    public ImportKind Kind { get; set; }

    public required string FileName { get; set; }

    /// <summary>Where the numbers come from, e.g. "Bundesagentur für Arbeit".</summary>
    public string Source { get; set; } = "";

    public required string ImportedBy { get; set; }

    public DateTime ImportedAt { get; set; }

    /// <summary>Data rows read from the file.</summary>
    public int RowCount { get; set; }

    public int InsertedCount { get; set; }

    public int UpdatedCount { get; set; }

    public int UnchangedCount { get; set; }

    public ImportOutcome Outcome { get; set; }
}

[Description("What an import delivered.")]
public enum ImportKind
{
    [Description("Social spaces and districts with their outlines (GeoJSON).")]
    SocialSpaces,

    [Description("The action fields.")]
    ActionFields,

    [Description("Indicator definitions.")]
    IndicatorCatalog,

    [Description("Indicator values per social space and year.")]
    IndicatorValues,

    [Description("The directory: organisations, offerings, locations, facilities, cooperations and networks (HSDS-style CSV files).")]
    Directory,

    [Description("Demographic inputs: population by age and sex, life table, fertility or net migration.")]
    Demography,
}

[Description("Whether an import is in effect.")]
public enum ImportOutcome
{
    [Description("In effect.")]
    Applied,

    [Description("Undone; its values were replaced by the previous ones.")]
    RolledBack,
}
