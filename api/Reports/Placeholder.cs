using System.Globalization;
using System.Text.RegularExpressions;

namespace SozialHub.Api.Reports;

/// <summary>Where a placeholder stands: the template or a chapter, and the line (from 1).</summary>
public sealed record ReportSource(string Name, int Line)
{
    public override string ToString() => $"{Name}, Zeile {Line}";
}

/// <summary>Something in a template or chapter that cannot be resolved; German, naming the place.</summary>
public sealed record ReportProblem(ReportSource Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}

public sealed class ReportTemplateException(IReadOnlyList<ReportProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ReportProblem> Problems { get; } = problems;
}

/// <summary>A placeholder in the report's Markdown, e.g. <c>{{ table indicator=sgb2_share year=2024 }}</c>.</summary>
public sealed record Placeholder(string Name, IReadOnlyDictionary<string, string> Parameters, ReportSource Source, int Start, int Length)
{
    public string? this[string parameter] => Parameters.GetValueOrDefault(parameter);

    public ReportProblem Problem(string message) => new(Source, message);

    /// <summary>A year parameter, or the report's year when absent; null (with a problem) when it is no year.</summary>
    public int? Year(string parameter, int reportYear, List<ReportProblem> problems)
    {
        if (this[parameter] is not { } text)
        {
            return reportYear;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            return year;
        }

        problems.Add(Problem($"„{parameter}={text}“ ist kein Jahr (vierstellig, z. B. {reportYear})."));
        return null;
    }
}

/// <summary>
/// The placeholder grammar (docs/adr/0017-report-sozialbericht.md): <c>{{ name key=value … }}</c>, values without
/// spaces or in double quotes. Blocks (<c>table</c>, <c>chart</c>, <c>map</c>, <c>socialindex</c>, <c>chapter</c>)
/// stand alone on their line; <c>figure</c> stands inside a sentence.
/// </summary>
public static partial class PlaceholderGrammar
{
    public sealed record Spec(bool Block, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
    {
        public IEnumerable<string> All => Required.Concat(Optional);
    }

    public static readonly IReadOnlyDictionary<string, Spec> Specs = new Dictionary<string, Spec>
    {
        ["table"] = new(true, ["indicator"], ["year", "area"]),
        ["chart"] = new(true, ["indicator"], ["space", "from", "to"]),
        ["map"] = new(true, ["indicator"], ["year"]),
        ["socialindex"] = new(true, [], ["year"]),
        ["figure"] = new(false, ["indicator"], ["space", "area", "year"]),
        ["chapter"] = new(true, ["key"], []),
    };

    /// <summary>The placeholders of one line; malformed ones become problems.</summary>
    public static List<Placeholder> Find(string line, ReportSource source, List<ReportProblem> problems)
    {
        var found = new List<Placeholder>();
        foreach (Match match in PlaceholderPattern().Matches(line))
        {
            if (Parse(match.Groups["body"].Value, source, problems) is { } parsed)
            {
                found.Add(parsed with { Start = match.Index, Length = match.Length });
            }
        }

        var rest = PlaceholderPattern().Replace(line, "");
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            problems.Add(new ReportProblem(source, "Ein Platzhalter ist nicht geschlossen: „{{“ und „}}“ gehören paarweise zusammen."));
        }

        if (found.Count > 0 && found.FirstOrDefault(p => Specs[p.Name].Block) is { } block && (found.Count > 1 || line.Trim().Length != block.Length))
        {
            problems.Add(block.Problem($"Der Platzhalter „{block.Name}“ muss allein in seiner Zeile stehen."));
            return [];
        }

        return found;
    }

    private static Placeholder? Parse(string body, ReportSource source, List<ReportProblem> problems)
    {
        var words = WordPattern().Matches(body).Select(m => m.Value).ToList();
        var name = words.FirstOrDefault() ?? "";
        if (!Specs.TryGetValue(name, out var spec))
        {
            problems.Add(new ReportProblem(source,
                $"Unbekannter Platzhalter „{name}“. Erlaubt sind: {string.Join(", ", Specs.Keys)}."));
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = problems.Count;
        foreach (var word in words.Skip(1))
        {
            var match = ParameterPattern().Match(word);
            var key = match.Success ? match.Groups["key"].Value : word;
            if (!match.Success)
            {
                problems.Add(new ReportProblem(source, $"„{word}“ im Platzhalter „{name}“ ist kein Parameter der Form name=wert."));
            }
            else if (!spec.All.Contains(key))
            {
                problems.Add(new ReportProblem(source,
                    $"Der Platzhalter „{name}“ kennt den Parameter „{key}“ nicht. Erlaubt sind: {string.Join(", ", spec.All)}."));
            }
            else if (!parameters.TryAdd(key, match.Groups["value"].Value.Trim('"')))
            {
                problems.Add(new ReportProblem(source, $"Der Parameter „{key}“ steht zweimal im Platzhalter „{name}“."));
            }
        }

        foreach (var missing in spec.Required.Where(r => !parameters.ContainsKey(r)))
        {
            problems.Add(new ReportProblem(source, $"Dem Platzhalter „{name}“ fehlt der Parameter „{missing}“."));
        }

        return problems.Count == count ? new Placeholder(name, parameters, source, 0, 0) : null;
    }

    [GeneratedRegex(@"\{\{(?<body>[^{}]*)\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[^\s""=]+(=(""[^""]*""|[^\s""]*))?|""[^""]*""")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?<key>[a-z]+)=(?<value>.+)$")]
    private static partial Regex ParameterPattern();
}
