using System.Text.Json;
using SozialHub.Portal.GraphQL.Operations;

namespace SozialHub.Portal.Figures;

/// <summary>A class of a choropleth map: its number (the colour, see site.css <c>.swatch--N</c>) and its range in words.</summary>
public sealed record LegendClass(int Class, string Label);

/// <summary>
/// A place drawn as a point: a facility (a dot with its name as tooltip), or local knowledge when it has a
/// <paramref name="Category"/> (a marker whose popup names category and title and links to its entry in the list).
/// </summary>
public sealed record MapPoint(double Latitude, double Longitude, string Name, string? Category = null, string? Href = null);

/// <summary>
/// What a map shows, as GeoJSON that wwwroot/js/maps.js reads from a <c>script type="application/json"</c>
/// block (no inline code under the content security policy). The same data is always in a table beside it.
/// </summary>
/// <param name="Id">Unique on the page; the JSON block's id is derived from it.</param>
/// <param name="Label">What the map shows, for its accessible name.</param>
/// <param name="Caption">What a click does and where the same data stands in words, under the map.</param>
public sealed record MapData(string Id, string Label, string Json, IReadOnlyList<LegendClass> Legend, string Caption = MapData.DefaultCaption)
{
    public const string DefaultCaption = "Ein Klick auf eine Fläche öffnet das Profil des Sozialraums; alle Werte stehen auch in der Tabelle.";

    /// <summary>Classes of equal width between the smallest and largest value.</summary>
    public const int ClassCount = 5;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The spaces coloured by their value; spaces without a value stay grey.</summary>
    public static MapData Choropleth(
        string id, string label, IEnumerable<SpaceShape> spaces, IReadOnlyDictionary<string, double> values,
        Func<double?, string> format, MapOptions options, string? highlight = null)
    {
        var list = spaces.ToList();
        var known = list.Where(s => values.ContainsKey(s.Key)).Select(s => values[s.Key]).ToList();
        var (min, width) = known.Count == 0 ? (0d, 0d) : (known.Min(), (known.Max() - known.Min()) / ClassCount);
        int? ClassOf(double? value) => value switch
        {
            null => null,
            _ when width == 0 => 0,
            _ => Math.Min(ClassCount - 1, (int)((value.Value - min) / width)),
        };

        var legend = width == 0
            ? known.Count == 0 ? [] : [new LegendClass(0, format(min))]
            : Enumerable.Range(0, ClassCount).Select(c => new LegendClass(c, $"{format(min + c * width)} bis {format(min + (c + 1) * width)}")).ToList();
        var features = list.Select(s =>
        {
            double? value = values.TryGetValue(s.Key, out var v) ? v : null;
            return Feature(s, $"{s.Name}: {format(value)}", ClassOf(value), s.Key == highlight);
        });
        return Create(id, label, features, [], legend, options);
    }

    /// <summary>The spaces coloured by a class given to each (e.g. the social index's status class); spaces without one stay grey.</summary>
    /// <param name="classes">Per space key: the class (the legend's swatch) and the text for the map's tooltip.</param>
    public static MapData Classes(
        string id, string label, IEnumerable<SpaceShape> spaces, IReadOnlyDictionary<string, (int Class, string Text)> classes,
        IReadOnlyList<LegendClass> legend, MapOptions options) =>
        Create(id, label, spaces.Select(s => classes.TryGetValue(s.Key, out var c)
            ? Feature(s, $"{s.Name}: {c.Text}", c.Class, false)
            : Feature(s, $"{s.Name}: keine Angabe", null, false)), [], legend, options);

    /// <summary>The spaces' outlines, one of them emphasised, with points on top.</summary>
    /// <param name="pickFor">
    /// The id of a form with the fields <c>latitude</c> and <c>longitude</c>: a click on the map fills them in instead of
    /// opening a profile (maps.js).
    /// </param>
    public static MapData Outlines(string id, string label, IEnumerable<SpaceShape> spaces, MapOptions options, string? highlight = null,
        IEnumerable<MapPoint>? points = null, string? pickFor = null, string caption = DefaultCaption) =>
        Create(id, label, spaces.Select(s => Feature(s, s.Name, null, s.Key == highlight)), points ?? [], [], options, pickFor) with { Caption = caption };

    private static object Feature(SpaceShape space, string text, int? @class, bool highlight) => new
    {
        type = "Feature",
        geometry = space.Geometry,
        properties = new { key = space.Key, text, href = $"/sozialraeume/{space.Key}", @class, highlight },
    };

    private static MapData Create(string id, string label, IEnumerable<object> features, IEnumerable<MapPoint> points,
        IReadOnlyList<LegendClass> legend, MapOptions options, string? pick = null)
    {
        var tiles = options.TileUrl is { Length: > 0 } url ? new { url, attribution = options.TileAttribution } : null;
        var json = JsonSerializer.Serialize(new { type = "FeatureCollection", features, points, tiles, pick }, Options);
        return new MapData(id, label, json, legend);
    }
}
