using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Contributions;

/// <summary>Contributions named by global id in a mutation's input.</summary>
public static class ContributionIds
{
    public const string TypeName = nameof(Contribution);

    /// <summary>The contribution (tracked, to be changed), or null with a NOT_FOUND error when the id names none.</summary>
    /// <remarks>Pending contributions are found too: their authors edit them, planners approve them; callers decide.</remarks>
    public static async Task<Contribution?> FindAsync(ApiDbContext db, string? globalId, string field, UserErrors errors, CancellationToken ct)
    {
        var contribution = GlobalId.TryDecode(globalId, out var type, out var id) && type == TypeName
            ? await db.Contributions.FirstOrDefaultAsync(c => c.Id == id, ct)
            : null;
        errors.NotFoundIf(contribution is null, field, "Diesen Beitrag gibt es nicht.");
        return contribution;
    }
}
