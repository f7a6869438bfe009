namespace SozialHub.Api.Imports;

/// <summary>One thing wrong with an import file, located so a person can find and fix it.</summary>
/// <param name="Line">1-based line in the file; 0 when the problem is not tied to a line.</param>
/// <param name="Column">1-based column number, or 0; <paramref name="Field"/> names it.</param>
public sealed record ImportProblem(string File, int Line, int Column, string? Field, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}, Zeile {Line}" : File;
        if (Column > 0)
        {
            where += $", Spalte {Column}";
        }

        if (Field is not null)
        {
            where += $" ({Field})";
        }

        return $"{where}: {Message}";
    }
}

/// <summary>An import that was refused as a whole; nothing was stored.</summary>
public sealed class ImportException(IReadOnlyList<ImportProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    public ImportException(ImportProblem problem)
        : this([problem])
    {
    }

    private static string Describe(IReadOnlyList<ImportProblem> problems) =>
        problems.Count switch
        {
            0 => "Der Import wurde abgelehnt.",
            1 => problems[0].ToString(),
            _ => $"{problems.Count} Probleme, zuerst: {problems[0]}",
        };
}
