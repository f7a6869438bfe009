namespace SozialHub.Api.Database;

/// <summary>What every stored record has: an id and the time of its last change (for <c>updatedSince</c>).</summary>
public interface IRecord
{
    int Id { get; }

    DateTime UpdatedAt { get; }
}

/// <summary>The base of records whose <see cref="UpdatedAt"/> the context sets on every save.</summary>
public abstract class Entity : IRecord
{
    public int Id { get; set; }

    public DateTime UpdatedAt { get; set; }
}
