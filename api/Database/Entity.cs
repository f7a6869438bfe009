namespace SozialHub.Api.Database;

/// <summary>What every stored record has: an id and the time of its last change (for <c>updatedSince</c>).</summary>
public abstract class Entity
{
    public int Id { get; set; }

    public DateTime UpdatedAt { get; set; }
}
