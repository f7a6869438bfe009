using System.Net;
using System.Text;

namespace SozialHub.Api.Reports;

/// <summary>A block's table as accessible HTML: caption, column and row headers, numbers right-aligned, notes below.</summary>
public static class ReportTableHtml
{
    public static string Render(ReportTable table)
    {
        var html = new StringBuilder();
        html.Append($"<div class=\"report-table table-scroll\" id=\"{table.Id}\" role=\"region\" aria-labelledby=\"{table.Id}-titel\" tabindex=\"0\">");
        html.Append($"<table><caption id=\"{table.Id}-titel\">{E(table.Caption)}</caption><thead><tr><th scope=\"col\">{E(FirstHeader(table))}</th>");
        foreach (var column in table.Columns)
        {
            html.Append($"<th scope=\"col\"{Numeric(column.Numeric)}>{E(column.Label)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(row.Total ? "<tr class=\"total\">" : "<tr>").Append($"<th scope=\"row\">{E(row.Heading)}</th>");
            foreach (var (cell, column) in row.Cells.Zip(table.Columns))
            {
                html.Append($"<td{Numeric(column.Numeric)}>{E(cell.Text)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        if (table.Notes.Count > 0)
        {
            html.Append("<ul class=\"report-notes\">");
            foreach (var note in table.Notes)
            {
                html.Append($"<li>{E(note)}</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }

    /// <summary>The heading of the rows' column: years for charts, social spaces otherwise.</summary>
    public static string FirstHeader(ReportTable table) => table.Kind == ReportBlockKind.Chart ? "Jahr" : "Sozialraum";

    private static string Numeric(bool numeric) => numeric ? " class=\"num\"" : "";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
