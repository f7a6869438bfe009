using System.Globalization;
using System.Text;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace SozialHub.Api.GraphQL.Connections;

/// <summary>The paging arguments of a connection field.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public static PageRequest From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
}

/// <summary>
/// Cursor paging over an ordered query. Cursors are opaque offsets (as HotChocolate's default for queryables):
/// one query fetches the page (plus one row to see whether more follow); the total is counted only when
/// <c>totalCount</c> is selected, or first when <c>last</c> comes without <c>before</c>.
/// </summary>
public static class Paging
{
    private const string CursorPrefix = "cursor:";

    public static async Task<Connection> ToConnectionAsync<T>(
        this IQueryable<T> ordered, PageRequest request, PageSizes sizes, CancellationToken cancellationToken)
        where T : class
    {
        Check(request.First, "first", sizes);
        Check(request.Last, "last", sizes);
        var count = Memo(ct => ordered.CountAsync(ct));

        var start = request.After is { } after ? DecodeCursor(after, "after") + 1 : 0;
        var end = request.Before is { } before ? Math.Max(start, DecodeCursor(before, "before")) : (int?)null;
        if (request.First is { } first || request.Last is null)
        {
            var take = request.First ?? sizes.Default;
            end = (int)Math.Min(end ?? long.MaxValue, (long)start + take);
        }

        if (request.Last is { } last)
        {
            end ??= await count(cancellationToken);
            start = Math.Max(start, end.Value - last);
        }

        var size = end!.Value - start;
        var rows = await ordered.Skip(start).Take(size + 1).ToListAsync(cancellationToken);
        var hasNextPage = rows.Count > size;
        var edges = rows.Take(size).Select((row, i) => new Edge(EncodeCursor(start + i), row)).ToList();
        var pageInfo = new PageInfo(hasNextPage, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, count);
    }

    private static void Check(int? size, string argument, PageSizes sizes)
    {
        if (size < 0)
        {
            throw UserInput.Error($"'{argument}' must not be negative.");
        }

        if (size > sizes.Max)
        {
            throw UserInput.Error($"'{argument}' is {size}, more than the maximum page size of {sizes.Max}.");
        }
    }

    private static Func<CancellationToken, Task<int>> Memo(Func<CancellationToken, Task<int>> count)
    {
        Task<int>? result = null;
        return ct => result ??= count(ct);
    }

    private static string EncodeCursor(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + index.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
            // reported below
        }

        throw UserInput.Error($"'{argument}' is not a cursor of this list.");
    }
}
