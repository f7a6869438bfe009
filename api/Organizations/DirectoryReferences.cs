using Microsoft.EntityFrameworkCore;
using SozialHub.Api.ActionFields;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Organizations;

/// <summary>Organisations and action fields named in a directory mutation's input, found or reported by field.</summary>
public static class DirectoryReferences
{
    /// <summary>The organisation's id, or null with a NOT_FOUND error when the global id names none.</summary>
    public static async Task<int?> OrganizationAsync(ApiDbContext db, string? globalId, string field, UserErrors errors, CancellationToken ct)
    {
        var id = GlobalId.TryDecode(globalId, out var type, out var value) && type == nameof(Organization)
            ? await db.Organizations.Where(o => o.Id == value).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct)
            : null;
        errors.NotFoundIf(id is null, field, "Diese Organisation gibt es nicht.");
        return id;
    }

    /// <summary>Several organisations (tracked, to be related); every unknown one is reported.</summary>
    public static async Task<List<Organization>> OrganizationsAsync(
        ApiDbContext db, IEnumerable<string>? globalIds, string field, UserErrors errors, CancellationToken ct)
    {
        var ids = new HashSet<int>();
        foreach (var globalId in globalIds ?? [])
        {
            if (await OrganizationAsync(db, globalId, field, errors, ct) is { } id)
            {
                ids.Add(id);
            }
        }

        return await db.Organizations.Where(o => ids.Contains(o.Id)).ToListAsync(ct);
    }

    /// <summary>Action fields by key (tracked); an unknown key is reported.</summary>
    public static async Task<List<ActionField>> ActionFieldsAsync(
        ApiDbContext db, IEnumerable<string>? keys, string field, UserErrors errors, CancellationToken ct)
    {
        var wanted = (keys ?? []).Distinct().ToList();
        var found = await db.ActionFields.Where(a => wanted.Contains(a.Key)).ToListAsync(ct);
        foreach (var missing in wanted.Where(k => found.All(a => a.Key != k)))
        {
            errors.Add(field, UserErrorCode.NotFound, $"Das Handlungsfeld „{missing}“ gibt es nicht.");
        }

        return found;
    }
}
