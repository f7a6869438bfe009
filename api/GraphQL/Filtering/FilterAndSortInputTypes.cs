using System.ComponentModel;
using GraphQL.Types;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.GraphQL.Filtering;

/// <summary>The <c>where</c> input of a list, e.g. <c>SocialSpaceFilterInput</c>, built from the declared fields.</summary>
public sealed class FilterInputType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType, IHasListFields
{
    public FilterInputType()
    {
        var node = GraphTypeName.Of<TNodeType>();
        Name = node + "FilterInput";
        Description = $"Conditions on {node} records; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<FilterInputType<TNodeType>>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<FilterInputType<TNodeType>>>>("or").Description("At least one of these conditions holds.");
        Field<IdOperationFilterInputType>("id").Description("The record's global id.");
        foreach (var field in TNodeType.ListFields.Fields)
        {
            Field(field.Name, field.OperationsType)
                .Description(field.IsCollection ? field.Description + " Matches when any of them matches." : field.Description);
        }
    }
}

/// <summary>One term of a list's <c>order</c>, e.g. <c>SocialSpaceSortInput</c>; give one field per term.</summary>
public sealed class SortInputType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType, IHasListFields
{
    public SortInputType()
    {
        var node = GraphTypeName.Of<TNodeType>();
        Name = node + "SortInput";
        Description = $"A sort term for {node} lists: set one field per term; later terms break ties, and the id breaks the rest.";
        foreach (var field in TNodeType.ListFields.Fields.Where(f => f.Sortable))
        {
            Field<SortEnumType>(field.Name).Description(field.Description);
        }
    }
}

public enum SortDirection
{
    [Description("Ascending: smallest, earliest, A first.")]
    Asc,

    [Description("Descending: largest, latest, Z first.")]
    Desc,
}

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
    }
}
