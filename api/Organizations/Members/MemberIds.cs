using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.Organizations.Members;

/// <summary>Records named by global id in a membership mutation's input.</summary>
public static class MemberIds
{
    public const string Member = nameof(OrganizationMember);
    public const string Request = nameof(MembershipRequest);
    public const string Invitation = nameof(MemberInvitation);

    /// <summary>The record (tracked, to be changed), or null with a NOT_FOUND error naming the field.</summary>
    public static async Task<T?> FindAsync<T>(IQueryable<T> set, string typeName, string? globalId, string field, string missing, UserErrors errors, CancellationToken ct)
        where T : Entity
    {
        var record = GlobalId.TryDecode(globalId, out var type, out var id) && type == typeName
            ? await set.FirstOrDefaultAsync(r => r.Id == id, ct)
            : null;
        errors.NotFoundIf(record is null, field, missing);
        return record;
    }

    public static Task<Organization?> OrganizationAsync(ApiDbContext db, string? globalId, string field, UserErrors errors, CancellationToken ct) =>
        FindAsync(db.Organizations, nameof(Organization), globalId, field, "Diese Organisation gibt es nicht.", errors, ct);

    public static Task<OrganizationMember?> MemberAsync(ApiDbContext db, string? globalId, UserErrors errors, CancellationToken ct) =>
        FindAsync(db.OrganizationMembers.Include(m => m.Organization), Member, globalId, "member", "Dieses Mitglied gibt es nicht.", errors, ct);
}
