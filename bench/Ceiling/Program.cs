// Serves each file of the folder given as the first argument at /{file name}, from memory, with the
// content type the API uses: what Kestrel can do at most for the same response bytes.
var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: Ceiling <folder with response bodies> [--urls …]");
var bodies = Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

var builder = WebApplication.CreateSlimBuilder(args[1..]); // the folder is not configuration
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapMethods("/{name}", ["GET", "POST"], (string name, HttpContext http) =>
{
    if (!bodies.TryGetValue(name, out var body))
    {
        return Results.NotFound();
    }

    return Results.Bytes(body, "application/json; charset=utf-8");
});
app.Run();
