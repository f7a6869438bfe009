namespace SozialHub.Api.Imports;

/// <summary>Who delivers which file from which source: what every importer records as provenance.</summary>
public sealed record ImportRequest(string FileName, string ImportedBy, string Source = "")
{
    public ImportBatch StartBatch(ImportKind kind, DateTime now) => new()
    {
        Kind = kind,
        FileName = Truncate(Path.GetFileName(FileName), Limits.FileName),
        ImportedBy = Truncate(ImportedBy, Limits.Person),
        Source = Truncate(Source, Limits.Source),
        ImportedAt = now,
        Outcome = ImportOutcome.Applied,
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
