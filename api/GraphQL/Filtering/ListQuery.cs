using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using SozialHub.Api.Database;
using SozialHub.Api.GraphQL.Nodes;

namespace SozialHub.Api.GraphQL.Filtering;

/// <summary>
/// Turns a list's <c>where</c> and <c>updatedSince</c> into an EF expression tree over the declared fields, so that
/// everything runs in SQL. Values become parameters, not literals, so query plans are reused.
/// </summary>
public static class ListQuery
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static IQueryable<TEntity> UpdatedSince<TEntity>(this IQueryable<TEntity> query, DateTime? since)
        where TEntity : class, IRecord
    {
        if (since is null)
        {
            return query;
        }

        var field = ListFields<TEntity>.UpdatedAt.Path;
        return query.Where(Expression.Lambda<Func<TEntity, bool>>(
            Expression.GreaterThanOrEqual(field.Body, Parameter(since.Value, typeof(DateTime))), field.Parameters));
    }

    /// <param name="where">The parsed <c>where</c> argument (an input object as a dictionary), or null.</param>
    /// <param name="typeName">The GraphQL type of the records, whose global ids the <c>id</c> field takes.</param>
    public static IQueryable<TEntity> Filter<TEntity>(this IQueryable<TEntity> query, ListFields<TEntity> fields, string typeName, object? where)
        where TEntity : class, IRecord
    {
        if (where is not IDictionary<string, object?> conditions)
        {
            return query;
        }

        var entity = Expression.Parameter(typeof(TEntity), "e");
        var body = new Conditions<TEntity>(fields, typeName, entity).All(conditions);
        return body is null ? query : query.Where(Expression.Lambda<Func<TEntity, bool>>(body, entity));
    }

    /// <summary>A closure-like holder: EF turns <c>holder.Value</c> into a SQL parameter.</summary>
    private static MemberExpression Parameter(object? value, Type type) =>
        Expression.Property(Expression.Constant(Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)), "Value");

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Conditions<TEntity>(ListFields<TEntity> fields, string typeName, ParameterExpression entity)
        where TEntity : class, IRecord
    {
        /// <summary>All conditions of one input object; null when there are none (everything matches).</summary>
        public Expression? All(IDictionary<string, object?> conditions)
        {
            Expression? all = null;
            foreach (var (name, value) in conditions)
            {
                var condition = value switch
                {
                    null => null,
                    _ when name == "and" => Combine(Items(value).Select(All), Expression.AndAlso, emptyMatchesAll: true),
                    _ when name == "or" => Combine(Items(value).Select(All), Expression.OrElse, emptyMatchesAll: false),
                    IDictionary<string, object?> operations => Field(FieldNamed(name), operations),
                    _ => throw UserInput.Error($"'{name}' needs an object of operations."),
                };
                all = condition is null ? all : all is null ? condition : Expression.AndAlso(all, condition);
            }

            return all;
        }

        private static IEnumerable<IDictionary<string, object?>> Items(object value) =>
            value is IEnumerable items ? items.OfType<IDictionary<string, object?>>() : [];

        // null stands for "no condition", which makes an OR match everything.
        private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, Expression> op, bool emptyMatchesAll)
        {
            Expression? result = null;
            foreach (var part in parts)
            {
                if (part is null)
                {
                    if (!emptyMatchesAll)
                    {
                        return null;
                    }

                    continue;
                }

                result = result is null ? part : op(result, part);
            }

            return result;
        }

        private ListField FieldNamed(string name) =>
            name == "id" ? ListFields<TEntity>.Id(typeName) : fields.Find(name) ?? throw UserInput.Error($"'{name}' is not a filter field.");

        private Expression? Field(ListField field, IDictionary<string, object?> operations)
        {
            var target = new Rebind(field.Path.Parameters[0], entity).Visit(field.Path.Body);
            if (!field.IsCollection)
            {
                return Operations(field, target, operations);
            }

            var item = Expression.Parameter(field.ValueType, "x");
            var condition = Operations(field, item, operations);
            return condition is null
                ? null
                : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [field.ValueType], target, Expression.Lambda(condition, item));
        }

        private static Expression? Operations(ListField field, Expression target, IDictionary<string, object?> operations)
        {
            Expression? all = null;
            foreach (var (operation, value) in operations)
            {
                var condition = Operation(field, target, operation, value);
                all = condition is null ? all : all is null ? condition : Expression.AndAlso(all, condition);
            }

            return all;
        }

        private static Expression? Operation(ListField field, Expression target, string operation, object? value)
        {
            if (value is null && operation is "eq" or "neq")
            {
                // "eq: null" asks for records without a value.
                var nullable = target.Type.IsValueType && Nullable.GetUnderlyingType(target.Type) is null
                    ? Expression.Convert(target, typeof(Nullable<>).MakeGenericType(target.Type))
                    : target;
                var none = Expression.Constant(null, nullable.Type);
                return operation == "eq" ? Expression.Equal(nullable, none) : Expression.NotEqual(nullable, none);
            }

            if (value is null)
            {
                return null;
            }

            var argument = $"{field.Name}.{operation}";
            return operation switch
            {
                "eq" => Expression.Equal(target, Value(field, value, target.Type, argument)),
                "neq" => Expression.NotEqual(target, Value(field, value, target.Type, argument)),
                "in" => In(field, target, value, argument),
                "nin" => Expression.Not(In(field, target, value, argument)),
                "contains" => Expression.Call(target, StringContains, Value(field, value, typeof(string), argument)),
                "startsWith" => Expression.Call(target, StringStartsWith, Value(field, value, typeof(string), argument)),
                "gt" => Expression.GreaterThan(target, Value(field, value, target.Type, argument)),
                "gte" => Expression.GreaterThanOrEqual(target, Value(field, value, target.Type, argument)),
                "lt" => Expression.LessThan(target, Value(field, value, target.Type, argument)),
                "lte" => Expression.LessThanOrEqual(target, Value(field, value, target.Type, argument)),
                _ => throw UserInput.Error($"'{operation}' is not a filter operation."),
            };
        }

        private static MethodCallExpression In(ListField field, Expression target, object value, string argument)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(target.Type))!;
            foreach (var item in value as IEnumerable ?? Array.Empty<object>())
            {
                list.Add(Convert(field, item, target.Type, argument));
            }

            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [target.Type], Parameter(list, list.GetType()), target);
        }

        private static MemberExpression Value(ListField field, object value, Type type, string argument) =>
            Parameter(Convert(field, value, type, argument), type);

        private static object? Convert(ListField field, object? value, Type type, string argument)
        {
            if (value is null)
            {
                return null;
            }

            if (field.IdOf is { } idOf)
            {
                return GlobalId.Decode(System.Convert.ToString(value, CultureInfo.InvariantCulture), idOf, argument);
            }

            var plain = Nullable.GetUnderlyingType(type) ?? type;
            return plain.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, plain, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Puts a declared path onto the parameter of the condition being built.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
