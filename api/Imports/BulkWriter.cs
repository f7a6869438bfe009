using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SozialHub.Api.Imports;

/// <summary>
/// Writes many rows of one entity with multi-row INSERT statements on the context's connection and
/// transaction, instead of tracking each row: an import of a million values must not take minutes.
/// Only numbers, booleans and one timestamp parameter go in, so values are written as invariant literals.
/// </summary>
public sealed class BulkWriter<T>(DbContext db, params string[] properties)
{
    private const int RowsPerStatement = 1000;
    private readonly string _table = Table(db);
    private readonly string _columns = string.Join(", ", properties.Select(p => Column(db, p)));

    /// <param name="rows">Each row's values in the order of the properties; <see cref="BulkWriter.Now"/> stands for the timestamp parameter.</param>
    public async Task InsertAsync(IEnumerable<object?[]> rows, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {_table} ({_columns}) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "(" : ", (");
                AppendValues(sql, chunk[i]);
                sql.Append(')');
            }

            await ExecuteAsync(sql.ToString(), now, cancellationToken);
        }
    }

    /// <summary>Sets columns of rows by id: one UPDATE … CASE statement per chunk.</summary>
    public async Task UpdateAsync(string idProperty, IEnumerable<(int Id, object?[] Values)> rows, DateTime now, CancellationToken cancellationToken)
    {
        var id = Column(db, idProperty);
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"UPDATE {_table} SET ");
            for (var p = 0; p < properties.Length; p++)
            {
                sql.Append(p == 0 ? "" : ", ").Append(Column(db, properties[p])).Append(" = CASE ").Append(id);
                foreach (var (rowId, values) in chunk)
                {
                    sql.Append(" WHEN ").Append(rowId.ToString(CultureInfo.InvariantCulture)).Append(" THEN ");
                    AppendValue(sql, values[p]);
                }

                sql.Append(" END");
            }

            sql.Append(" WHERE ").Append(id).Append(" IN (").AppendJoin(", ", chunk.Select(r => r.Id)).Append(')');
            await ExecuteAsync(sql.ToString(), now, cancellationToken);
        }
    }

    private static void AppendValues(StringBuilder sql, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sql.Append(", ");
            }

            AppendValue(sql, values[i]);
        }
    }

    private static void AppendValue(StringBuilder sql, object? value)
    {
        switch (value)
        {
            case null:
                sql.Append("NULL");
                break;
            case int number:
                sql.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                sql.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                sql.Append(flag ? '1' : '0');
                break;
            case var now when ReferenceEquals(now, BulkWriter.Now):
                sql.Append("@now");
                break;
            default:
                throw new ArgumentException($"Bulk writes take ints, finite doubles and booleans, not {value}.", nameof(value));
        }
    }

    private async Task ExecuteAsync(string sql, DateTime now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@now";
        parameter.Value = now;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Table(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!);
    }

    private static string Column(DbContext db, string property)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
    }
}

public static class BulkWriter
{
    /// <summary>Stands for the timestamp parameter in a row of a bulk write.</summary>
    public static readonly object Now = new();
}
