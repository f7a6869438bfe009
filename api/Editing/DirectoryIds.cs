using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Editing;

/// <summary>Directory records named by global id in a mutation's input.</summary>
public static class DirectoryIds
{
    /// <summary>The record (tracked, to be changed), or null with a NOT_FOUND error naming the field.</summary>
    /// <param name="label">The record in German as a sentence's object, e.g. „dieses Angebot“.</param>
    public static async Task<T?> FindAsync<T>(IQueryable<T> records, string? globalId, string field, string label, UserErrors errors, CancellationToken ct)
        where T : class, IRecord
    {
        var record = GlobalId.TryDecode(globalId, out var type, out var id) && type == typeof(T).Name
            ? await records.FirstOrDefaultAsync(r => r.Id == id, ct)
            : null;
        errors.NotFoundIf(record is null, field, $"Es gibt {label} nicht.");
        return record;
    }
}
