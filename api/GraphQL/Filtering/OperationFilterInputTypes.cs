using GraphQL.Types;

namespace SozialHub.Api.GraphQL.Filtering;

/// <summary>The graph type of a field's operations, chosen from the field's CLR type.</summary>
public static class FilterOperations
{
    public static Type For(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        return type switch
        {
            _ when type == typeof(string) => typeof(StringOperationFilterInputType),
            _ when type == typeof(int) => typeof(ComparableOperationFilterInputType<IntGraphType>),
            _ when type == typeof(double) => typeof(ComparableOperationFilterInputType<FloatGraphType>),
            _ when type == typeof(decimal) => typeof(ComparableOperationFilterInputType<DecimalGraphType>),
            _ when type == typeof(DateTime) => typeof(ComparableOperationFilterInputType<DateTimeGraphType>),
            _ when type == typeof(DateOnly) => typeof(ComparableOperationFilterInputType<DateOnlyGraphType>),
            _ when type == typeof(bool) => typeof(EqualityOperationFilterInputType<BooleanGraphType>),
            _ when type.IsEnum => typeof(EqualityOperationFilterInputType<>).MakeGenericType(typeof(EnumerationGraphType<>).MakeGenericType(type)),
            _ => throw new ArgumentException($"No filter operations for {clrType}.", nameof(clrType)),
        };
    }
}

/// <summary>Operations on one scalar, e.g. <c>IntOperationFilterInput { eq neq in nin gt gte lt lte }</c>.</summary>
public abstract class OperationFilterInputType : InputObjectGraphType
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["eq"] = "Equal to (null: has no value).",
        ["neq"] = "Not equal to (null: has a value).",
        ["in"] = "Equal to one of these.",
        ["nin"] = "Equal to none of these.",
        ["contains"] = "Contains this text (case sensitivity follows the database: SQLite exact, MariaDB case-insensitive).",
        ["startsWith"] = "Starts with this text (case sensitivity as for contains).",
        ["gt"] = "Greater than (later than).",
        ["gte"] = "Greater than or equal to.",
        ["lt"] = "Less than (earlier than).",
        ["lte"] = "Less than or equal to.",
    };

    protected OperationFilterInputType(Type scalarType, string? scalarName, params string[] operations)
    {
        scalarName ??= ((IGraphType)Activator.CreateInstance(scalarType)!).Name;
        Name = scalarName + "OperationFilterInput";
        Description = $"Conditions on one {scalarName} value; all given operations must hold.";
        var list = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalarType));
        foreach (var operation in operations)
        {
            Field(operation, operation is "in" or "nin" ? list : scalarType).Description(Descriptions[operation]);
        }
    }
}

public sealed class StringOperationFilterInputType()
    : OperationFilterInputType(typeof(StringGraphType), null, "eq", "neq", "in", "nin", "contains", "startsWith");

public sealed class ComparableOperationFilterInputType<TScalar>()
    : OperationFilterInputType(typeof(TScalar), null, "eq", "neq", "in", "nin", "gt", "gte", "lt", "lte")
    where TScalar : ScalarGraphType;

public sealed class EqualityOperationFilterInputType<TScalar>()
    : OperationFilterInputType(typeof(TScalar), null, "eq", "neq", "in", "nin")
    where TScalar : IGraphType;

public sealed class IdOperationFilterInputType()
    : OperationFilterInputType(typeof(IdGraphType), "Id", "eq", "neq", "in", "nin");
