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

public enum ImportKind
{
    SocialSpaces,
    ActionFields,
    IndicatorCatalog,
    IndicatorValues,
}

public enum ImportOutcome
{
    Applied,
    RolledBack,
}
