using System.Text;
using System.Text.RegularExpressions;
using SozialHub.Api.Contributions;

namespace SozialHub.Api.Reports;

/// <summary>
/// Resolves a report's template and chapters against the current data: each <c>#</c> heading of the template starts a
/// section, <c>{{ chapter key=… }}</c> lines take in the planners' chapter texts, block placeholders become tables,
/// charts and maps, <c>{{ figure … }}</c> a number in the sentence. Markdown is rendered and sanitised like contributions.
/// </summary>
public sealed partial class ReportRenderer(ReportBlocks blocks, ContributionText markdown)
{
    public const string TemplateSource = "Vorlage";

    private ReportBlocks Blocks => blocks;

    /// <summary>The report; every problem of the template and the chapters at once as <see cref="ReportTemplateException"/>.</summary>
    public async Task<RenderedReport> RenderAsync(int year, string template, IReadOnlyDictionary<string, string> chapters, CancellationToken ct)
    {
        var run = new Run(this, year, chapters);
        var lines = Lines(template);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("# ", StringComparison.Ordinal))
            {
                run.StartSection(lines[i][2..].Trim());
            }
            else
            {
                await run.LineAsync(lines[i], new ReportSource(TemplateSource, i + 1), inChapter: false, ct);
            }
        }

        return run.Finish();
    }

    public static string ChapterSource(string key) => $"Kapitel „{key}“";

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    /// <summary>Markdown to sanitised HTML, headings one level down: the section title is the report page's second level.</summary>
    private string Prose(string text) => HeadingPattern().Replace(markdown.ToHtml(text), m => $"<{m.Groups[1].Value}h{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}");

    [GeneratedRegex("<(/?)h([1-5])")]
    private static partial Regex HeadingPattern();

    private sealed class Run(ReportRenderer renderer, int year, IReadOnlyDictionary<string, string> chapters)
    {
        private readonly List<ReportProblem> _problems = [];
        private readonly List<ReportSection> _sections = [];
        private readonly HashSet<string> _keys = [];
        private readonly StringBuilder _prose = new();
        private List<ReportPart> _parts = [];
        private string? _title;
        private int _tables;

        public void StartSection(string title)
        {
            EndSection();
            _title = title;
        }

        public async Task LineAsync(string line, ReportSource source, bool inChapter, CancellationToken ct)
        {
            var found = PlaceholderGrammar.Find(line, source, _problems);
            var block = found.FirstOrDefault(p => PlaceholderGrammar.Specs[p.Name].Block);
            if (block is { Name: "chapter" })
            {
                await ChapterAsync(block, inChapter, ct);
            }
            else if (block is not null)
            {
                FlushProse();
                var table = await renderer.Blocks.ResolveAsync(block, year, $"tabelle-{++_tables}", _problems, ct);
                if (table is not null)
                {
                    _parts.Add(new ReportPart(ReportTableHtml.Render(table), table));
                }
            }
            else
            {
                var text = new StringBuilder(line);
                foreach (var figure in found.OrderByDescending(p => p.Start))
                {
                    text.Remove(figure.Start, figure.Length).Insert(figure.Start, await renderer.Blocks.FigureAsync(figure, year, _problems, ct) ?? "");
                }

                _prose.Append(text).Append('\n');
            }
        }

        private async Task ChapterAsync(Placeholder include, bool inChapter, CancellationToken ct)
        {
            var key = include["key"]!;
            if (inChapter)
            {
                _problems.Add(include.Problem("Ein Kapitel kann kein weiteres Kapitel einbinden."));
            }
            else if (!chapters.TryGetValue(key, out var text))
            {
                _problems.Add(include.Problem($"Es gibt kein Kapitel „{key}“. Vorhanden: {string.Join(", ", chapters.Keys.Order(StringComparer.Ordinal))}."));
            }
            else
            {
                var lines = Lines(text);
                for (var i = 0; i < lines.Length; i++)
                {
                    await LineAsync(lines[i], new ReportSource(ChapterSource(key), i + 1), inChapter: true, ct);
                }

                _prose.Append('\n');
            }
        }

        public RenderedReport Finish()
        {
            EndSection();
            return _problems.Count > 0 ? throw new ReportTemplateException(_problems) : new RenderedReport(year, _sections);
        }

        private void FlushProse()
        {
            if (!string.IsNullOrWhiteSpace(_prose.ToString()))
            {
                _parts.Add(new ReportPart(renderer.Prose(_prose.ToString()), null));
            }

            _prose.Clear();
        }

        private void EndSection()
        {
            FlushProse();
            if (_title is not null || _parts.Count > 0)
            {
                var title = _title ?? "Vorbemerkung";
                _sections.Add(new ReportSection(UniqueKey(title), title, _parts));
            }

            _parts = [];
        }

        private string UniqueKey(string title)
        {
            var slug = ReportSlug.Of(title);
            var key = slug;
            for (var n = 2; !_keys.Add(key); n++)
            {
                key = $"{slug}-{n}";
            }

            return key;
        }
    }
}

/// <summary>Anchors from German headings: lower case, umlauts spelt out, other characters as hyphens.</summary>
public static partial class ReportSlug
{
    public static string Of(string title)
    {
        var text = title.ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var slug = NonWord().Replace(text, "-").Trim('-');
        return slug.Length == 0 ? "abschnitt" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
