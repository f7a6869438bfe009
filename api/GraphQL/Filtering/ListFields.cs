using System.Linq.Expressions;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.GraphQL.Filtering;

/// <summary>A graph type whose lists can be filtered and sorted: it declares the fields people filter by.</summary>
public interface IHasListFields
{
    static abstract IListFields ListFields { get; }
}

public interface IListFields
{
    IReadOnlyList<ListField> Fields { get; }
}

/// <summary>One field of a <c>where</c> or <c>order</c> input and the expression it stands for.</summary>
/// <param name="Path">A lambda from the entity to the value (or, with <paramref name="IsCollection"/>, to the values).</param>
/// <param name="OperationsType">The graph type of the field's operations, e.g. <c>StringOperationFilterInput</c>.</param>
/// <param name="IdOf">For global ids: the GraphQL type whose ids the field takes.</param>
public sealed record ListField(
    string Name, string Description, LambdaExpression Path, Type ValueType, Type OperationsType, bool IsCollection, string? IdOf, bool Sortable);

/// <summary>
/// The declared filter and sort fields of one entity. Everything else — the input types, the SQL — is derived
/// from this list (<see cref="FilterInputType{TNodeType}"/>, <see cref="ListQuery"/>).
/// </summary>
public sealed class ListFields<TEntity> : IListFields
    where TEntity : class, IRecord
{
    private readonly List<ListField> _fields = [];
    private readonly List<(string Field, bool Descending)> _defaultOrder = [];

    /// <summary>The declared fields and <c>updatedAt</c>, which every record has.</summary>
    public IReadOnlyList<ListField> Fields => [.. _fields, UpdatedAt];

    /// <summary>The record's id as a filter field taking the global ids of <paramref name="typeName"/>.</summary>
    public static ListField Id(string typeName) =>
        new("id", "The record's global id.", RecordProperty<int?>(nameof(IRecord.Id)), typeof(int?), typeof(IdOperationFilterInputType), false, typeName, false);

    /// <summary>The id, which breaks every tie in a sort.</summary>
    public static Expression<Func<TEntity, int>> IdPath { get; } = RecordProperty<int>(nameof(IRecord.Id));

    public static ListField UpdatedAt { get; } = new(
        "updatedAt", "Time of the last change (UTC).", RecordProperty<DateTime>(nameof(IRecord.UpdatedAt)), typeof(DateTime),
        FilterOperations.For(typeof(DateTime)), false, null, true);

    /// <summary>The order when the client gives none (always followed by id).</summary>
    public IReadOnlyList<(string Field, bool Descending)> DefaultOrder => _defaultOrder;

    /// <summary>A value field: filterable with the operations of its type, and sortable unless said otherwise.</summary>
    public ListFields<TEntity> Field<TValue>(string name, Expression<Func<TEntity, TValue>> path, string description, bool sortable = true) =>
        Add(new ListField(name, description, path, typeof(TValue), FilterOperations.For(typeof(TValue)), false, null, sortable));

    /// <summary>A collection: matches when any of its values matches (SQL EXISTS); not sortable.</summary>
    public ListFields<TEntity> Any<TValue>(string name, Expression<Func<TEntity, IEnumerable<TValue>>> path, string description) =>
        Add(new ListField(name, description, path, typeof(TValue), FilterOperations.For(typeof(TValue)), true, null, false));

    /// <summary>A reference to another node, filtered by that node's global id.</summary>
    public ListFields<TEntity> Reference<TNodeType>(string name, Expression<Func<TEntity, int?>> path, string description) =>
        Add(new ListField(name, description, path, typeof(int?), typeof(IdOperationFilterInputType), false, GraphTypeName.Of<TNodeType>(), false));

    /// <summary>References to other nodes (many-to-many): matches when any of them has one of the given global ids.</summary>
    public ListFields<TEntity> AnyReference<TNodeType>(string name, Expression<Func<TEntity, IEnumerable<int>>> path, string description) =>
        Add(new ListField(name, description, path, typeof(int), typeof(IdOperationFilterInputType), true, GraphTypeName.Of<TNodeType>(), false));

    public ListFields<TEntity> OrderByDefault(string field, bool descending = false)
    {
        if (Find(field) is not { Sortable: true })
        {
            throw new ArgumentException($"'{field}' is not a sortable field.", nameof(field));
        }

        _defaultOrder.Add((field, descending));
        return this;
    }

    public ListField? Find(string name) => name == UpdatedAt.Name ? UpdatedAt : _fields.Find(f => f.Name == name);

    // e => e.Property, on the entity class itself so that EF sees its mapped property.
    private static Expression<Func<TEntity, TValue>> RecordProperty<TValue>(string name)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        Expression property = Expression.Property(entity, name);
        return Expression.Lambda<Func<TEntity, TValue>>(
            property.Type == typeof(TValue) ? property : Expression.Convert(property, typeof(TValue)), entity);
    }

    private ListFields<TEntity> Add(ListField field)
    {
        if (field.Name is "id" or "and" or "or" || Find(field.Name) is not null)
        {
            throw new ArgumentException($"'{field.Name}' is declared twice or reserved.", nameof(field));
        }

        _fields.Add(field);
        return this;
    }
}
