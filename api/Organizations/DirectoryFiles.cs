using SozialHub.Api.ActionFields;
using SozialHub.Api.Cooperations;
using SozialHub.Api.Facilities;
using SozialHub.Api.Imports;
using SozialHub.Api.Locations;
using SozialHub.Api.Networks;
using SozialHub.Api.Offerings;
using SozialHub.Api.SocialSpaces;

namespace SozialHub.Api.Organizations;

/// <summary>The files of one directory delivery, opened by name; each is read row by row and refused as a whole.</summary>
public sealed class DirectoryFiles(Func<string, Stream?> open)
{
    public int RowCount { get; private set; }

    /// <summary>Reads one file; a missing required file is refused, a missing optional one is skipped.</summary>
    /// <param name="atEnd">Checks that need the whole file (references to later rows), before its problems are thrown.</param>
    public void Read(string file, IReadOnlyList<CsvColumn> columns, bool required, Action<CsvRow> each, Action? atEnd = null)
    {
        using var stream = open(file);
        if (stream is null)
        {
            if (required)
            {
                throw new ImportException(new ImportProblem(file, 0, 0, null, "Die Datei fehlt."));
            }

            return;
        }

        using var table = CsvTable.Open(stream, file, columns);
        foreach (var row in table.Rows())
        {
            each(row);
            RowCount++;
        }

        atEnd?.Invoke();
        table.Problems.ThrowIfAny();
    }
}

/// <summary>What a directory delivery holds, by the ids its files use, and what it refers to in the database.</summary>
public sealed class DirectoryRecords
{
    public required IReadOnlyDictionary<string, ActionField> ActionFields { get; init; }

    public required IReadOnlyDictionary<string, SocialSpace> SocialSpaces { get; init; }

    /// <summary>Stored ones and those of the delivery, by key.</summary>
    public required Dictionary<string, TargetGroup> TargetGroups { get; init; }

    /// <summary>Names already stored, so that a delivery cannot add a second organisation or network of the same name.</summary>
    public required IReadOnlySet<string> StoredOrganizationNames { get; init; }

    public required IReadOnlySet<string> StoredNetworkNames { get; init; }

    public Dictionary<string, Organization> Organizations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Location> Locations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Offering> Offerings { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OtherIds { get; } = new(StringComparer.Ordinal);

    public List<Facility> Facilities { get; } = [];

    public List<Cooperation> Cooperations { get; } = [];

    public List<Network> Networks { get; } = [];
}
