using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL;
using SozialHub.Api.GraphQL.Nodes;
using SozialHub.Api.Organizations;
using SozialHub.Api.Organizations.Members;

namespace SozialHub.Api.Networks;

/// <summary>
/// Creating and changing networks: planners, or members of the coordinating organisation. Everything is checked
/// before anything is changed; one <c>SaveChanges</c> stores it.
/// </summary>
public sealed class NetworkEditing(ApiDbContext db, OrganizationAccess access)
{
    public async Task<NetworkPayload> CreateAsync(NetworkInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var network = new Network { Name = "" };
        var errors = await ApplyAsync(network, input, user, ct);
        if (errors.Count > 0)
        {
            return NetworkPayload.Failed(errors);
        }

        db.Networks.Add(network);
        await db.SaveChangesAsync(ct);
        return NetworkPayload.Done(network);
    }

    public async Task<NetworkPayload> UpdateAsync(NetworkInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var network = await FindAsync(input.Id, "id", user, errors, ct);
        if (network is not null)
        {
            errors.AddRange(await ApplyAsync(network, input, user, ct));
        }

        return await SaveAsync(network, errors, ct);
    }

    public Task<NetworkPayload> AddMemberAsync(NetworkMemberInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        ChangeMemberAsync(input, user, add: true, ct);

    public Task<NetworkPayload> RemoveMemberAsync(NetworkMemberInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        ChangeMemberAsync(input, user, add: false, ct);

    private async Task<NetworkPayload> ChangeMemberAsync(NetworkMemberInput input, ClaimsPrincipal? user, bool add, CancellationToken ct)
    {
        var errors = new UserErrors();
        var network = await FindAsync(input.Network, "network", user, errors, ct);
        var organization = (await DirectoryReferences.OrganizationsAsync(db, [input.Organization ?? ""], "organization", errors, ct)).FirstOrDefault();
        if (network is not null && organization is not null)
        {
            var member = network.Members.Contains(organization);
            if (member == add)
            {
                errors.Add("organization", UserErrorCode.AlreadyDone, add ? "Die Organisation ist schon Mitglied." : "Die Organisation ist kein Mitglied.");
            }
            else if (add)
            {
                network.Members.Add(organization);
            }
            else
            {
                network.Members.Remove(organization);
            }
        }

        return await SaveAsync(network, errors, ct);
    }

    private async Task<NetworkPayload> SaveAsync(Network? network, UserErrors errors, CancellationToken ct)
    {
        if (network is null || errors.Count > 0)
        {
            return NetworkPayload.Failed(errors);
        }

        await db.SaveChangesAsync(ct);
        return NetworkPayload.Done(network);
    }

    /// <summary>The network (tracked, with its members) if the caller may change it.</summary>
    private async Task<Network?> FindAsync(string? globalId, string field, ClaimsPrincipal? user, UserErrors errors, CancellationToken ct)
    {
        var network = GlobalId.TryDecode(globalId, out var type, out var id) && type == nameof(Network)
            ? await db.Networks.Include(n => n.Members).FirstOrDefaultAsync(n => n.Id == id, ct)
            : null;
        errors.NotFoundIf(network is null, field, "Dieses Netzwerk gibt es nicht.");
        if (network is not null && !await MayEditAsync(user, network.CoordinatorId, ct))
        {
            errors.Add(field, UserErrorCode.NotAllowed, "Nur Planer und Mitglieder der koordinierenden Organisation können das Netzwerk ändern.");
        }

        return errors.Count > 0 ? null : network;
    }

    private async Task<bool> MayEditAsync(ClaimsPrincipal? user, int? coordinatorId, CancellationToken ct) =>
        access.IsPlanner(user) || (coordinatorId is { } id && await access.RoleInAsync(user, id, ct) is not null);

    /// <summary>Checks the input and, when it is valid, writes it onto the (tracked) network; returns the problems.</summary>
    private async Task<UserErrors> ApplyAsync(Network network, NetworkInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var errors = new UserErrors();
        var name = errors.Text("name", "Der Name", input.Name, Limits.Name);
        var description = errors.Text("description", "Die Beschreibung", input.Description, Limits.Message, required: false);
        var rhythm = errors.Text("meetingRhythm", "Der Sitzungsrhythmus", input.MeetingRhythm, Limits.Name, required: false);
        int? coordinator = input.Coordinator is null ? null : await DirectoryReferences.OrganizationAsync(db, input.Coordinator, "coordinator", errors, ct);
        if (input.Coordinator is null && !access.IsPlanner(user))
        {
            errors.Add("coordinator", UserErrorCode.Required, "Die koordinierende Organisation fehlt.");
        }
        else if (coordinator is not null && !await MayEditAsync(user, coordinator, ct))
        {
            errors.Add("coordinator", UserErrorCode.NotAllowed, "Sie handeln nicht für die koordinierende Organisation.");
        }

        var actionField = input.ActionField is null
            ? null
            : (await DirectoryReferences.ActionFieldsAsync(db, [input.ActionField], "actionField", errors, ct)).FirstOrDefault();
        var members = input.Members is null ? null : await DirectoryReferences.OrganizationsAsync(db, input.Members, "members", errors, ct);
        if (name is not null && await db.Networks.AnyAsync(n => n.Name == name && n.Id != network.Id, ct))
        {
            errors.Add("name", UserErrorCode.Duplicate, $"Ein Netzwerk mit dem Namen „{name}“ gibt es bereits.");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        (network.Name, network.Description, network.MeetingRhythm) = (name!, description ?? "", rhythm);
        (network.CoordinatorId, network.ActionFieldId) = (coordinator, actionField?.Id);
        if (members is not null)
        {
            network.Members.Clear();
            network.Members.AddRange(members);
        }

        return errors;
    }
}
