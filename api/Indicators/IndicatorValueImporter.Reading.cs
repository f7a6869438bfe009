using SozialHub.Api.Imports;

namespace SozialHub.Api.Indicators;

public sealed partial class IndicatorValueImporter
{
    // A delivered rate may be rounded to two decimals; anything further off contradicts its counts.
    private const double RoundingTolerance = 0.0051;

    /// <summary>Reads the rows of one table in its layout, noting every problem with line and column.</summary>
    private sealed class RowReader(CsvTable table, ValueLayout layout, Dictionary<string, int> spaces, Dictionary<string, Indicator> indicators)
    {
        private readonly KeySuggestion _spaceSuggestion = new(spaces.Keys);
        private readonly KeySuggestion _indicatorSuggestion = new(indicators.Keys.Where(k => indicators[k].RetiredAt is null));

        public int RowCount { get; private set; }

        public List<ValueRow> ReadAll()
        {
            var rows = new List<ValueRow>();
            var seen = new Dictionary<(int, int, int), int>();
            var years = layout.Format == ImportFormat.Wide ? table.MapColumns(ValueLayout.IsYearHeading) : ["year"];
            if (years.Count == 0)
            {
                table.Problems.Add(1, 0, null, "Keine Jahresspalte gefunden: im breiten Format heißt jede Wertespalte wie ihr Jahr (z. B. 2024).");
                return rows;
            }

            foreach (var row in table.Rows())
            {
                RowCount++;
                foreach (var (value, yearColumn) in Read(row, years))
                {
                    if (seen.TryGetValue(value.Key, out var firstLine))
                    {
                        row.Problem(yearColumn, $"Derselbe Sozialraum, Indikator und dasselbe Jahr stehen schon in Zeile {firstLine}.");
                        continue;
                    }

                    seen.Add(value.Key, row.Line);
                    rows.Add(value);
                }
            }

            if (rows.Count == 0 && !table.Problems.Any)
            {
                table.Problems.Add(0, 0, null, "Die Datei enthält keine Werte.");
            }

            return rows;
        }

        private List<(ValueRow, string)> Read(CsvRow row, IReadOnlyList<string> years)
        {
            var spaceId = SocialSpace(row);
            var indicator = Indicator(row);
            var values = new List<(ValueRow, string)>();
            if (layout.Format == ImportFormat.Long)
            {
                var year = row.Integer("year", ValueLayout.MinYear, ValueLayout.MaxYear);
                var value = Numbers(row, "value", "numerator", "denominator");
                var provisional = row.Boolean("provisional");
                if (indicator is not null && spaceId is not null && year is not null && provisional is not null && value is { } v
                    && Derive(row, indicator, v.Value, v.Numerator, v.Denominator) is { } derived)
                {
                    values.Add((new ValueRow(indicator.Id, spaceId.Value, year.Value, derived, v.Numerator, v.Denominator, provisional.Value), "year"));
                }

                return values;
            }

            var isProvisional = row.Boolean("provisional");
            foreach (var year in years)
            {
                // An empty cell in a wide table is a year without a value, not a mistake.
                if (row.Text(year).Length > 0 && row.Number(year) is { } value && indicator is not null && spaceId is not null && isProvisional is not null)
                {
                    values.Add((new ValueRow(indicator.Id, spaceId.Value, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture),
                        value, null, null, isProvisional.Value), year));
                }
            }

            return values;
        }

        private int? SocialSpace(CsvRow row)
        {
            var key = row.Text("socialSpace");
            if (spaces.TryGetValue(key, out var id))
            {
                return id;
            }

            row.Problem("socialSpace", key.Length == 0 ? "Der Sozialraum fehlt." : $"Den Sozialraum '{key}' gibt es nicht.{_spaceSuggestion.For(key)}");
            return null;
        }

        private Indicator? Indicator(CsvRow row)
        {
            var key = table.Has("indicator") ? row.Text("indicator") : layout.IndicatorKey ?? "";
            if (!indicators.TryGetValue(key, out var indicator))
            {
                row.Problem("indicator", key.Length == 0 ? "Der Indikator fehlt." : $"Den Indikator '{key}' gibt es nicht.{_indicatorSuggestion.For(key)}");
                return null;
            }

            if (indicator.RetiredAt is not null)
            {
                row.Problem("indicator", $"Der Indikator '{key}' ist stillgelegt und nimmt keine neuen Werte an.");
                return null;
            }

            return indicator;
        }
    }

    /// <summary>The three numbers of a long row; null when a cell is there but unreadable (reported already).</summary>
    private static (double? Value, double? Numerator, double? Denominator)? Numbers(CsvRow row, string value, string numerator, string denominator)
    {
        var numbers = (row.Number(value), row.Number(numerator), row.Number(denominator));
        return Unreadable(row, value, numbers.Item1) || Unreadable(row, numerator, numbers.Item2) || Unreadable(row, denominator, numbers.Item3)
            ? null
            : numbers;
    }

    private static bool Unreadable(CsvRow row, string column, double? number) => number is null && row.Text(column).Length > 0;

    /// <summary>The value to store: as delivered, or for a rate with counts numerator ÷ denominator × scale.</summary>
    private static double? Derive(CsvRow row, Indicator indicator, double? value, double? numerator, double? denominator)
    {
        if (numerator is null != denominator is null)
        {
            row.Problem(numerator is null ? "numerator" : "denominator", "Zähler und Nenner gehören zusammen: beide oder keiner.");
            return null;
        }

        if (numerator is null || denominator is null)
        {
            if (value is null)
            {
                row.Problem("value", "Der Wert fehlt (oder Zähler und Nenner).");
            }

            return value;
        }

        if (!indicator.IsRate)
        {
            row.Problem("numerator", $"'{indicator.Key}' ist kein Quotient: Zähler und Nenner passen nicht dazu.");
            return null;
        }

        if (denominator <= 0)
        {
            row.Problem("denominator", "Der Nenner muss größer als 0 sein.");
            return null;
        }

        if (indicator.Unit == IndicatorUnit.Percent && (numerator < 0 || numerator > denominator))
        {
            row.Problem("numerator", $"Der Zähler ({numerator}) liegt nicht zwischen 0 und dem Nenner ({denominator}).");
            return null;
        }

        var rate = numerator.Value / denominator.Value * indicator.Scale;
        if (value is not null && Math.Abs(value.Value - rate) > RoundingTolerance)
        {
            row.Problem("value", $"Der Wert {value} passt nicht zu Zähler ÷ Nenner × {indicator.Scale} = {rate:0.####}.");
            return null;
        }

        return rate;
    }
}
