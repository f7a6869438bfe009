namespace SozialHub.Api.Imports;

/// <summary>Opens an upload as a table of its layout: CSV with its dialect detected, or an XLSX workbook's first sheet.</summary>
public static class ImportFiles
{
    public static CsvTable Open(ImportUploads uploads, ImportUpload upload, ValueLayout layout) => Open(uploads, upload, layout.CsvColumns());

    private static CsvTable Open(ImportUploads uploads, ImportUpload upload, IReadOnlyList<CsvColumn> columns)
    {
        var stream = uploads.Open(upload);
        try
        {
            ITableSource source = upload.Type == ImportFileType.Xlsx ? XlsxReader.Open(stream, upload.FileName) : CsvReader.Open(stream, upload.FileName);
            return CsvTable.Open(new OwningSource(source, stream), upload.FileName, columns);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The file's headings, whatever the layout; none when the file cannot be read.</summary>
    public static IReadOnlyList<string> Headings(ImportUploads uploads, ImportUpload upload)
    {
        try
        {
            using var table = Open(uploads, upload, []);
            return table.Headings;
        }
        catch (ImportException)
        {
            return [];
        }
    }

    /// <summary>Closes the file with the table (the readers leave their stream open).</summary>
    private sealed class OwningSource(ITableSource source, Stream stream) : ITableSource
    {
        public CsvDialect Dialect => source.Dialect;

        public CsvRecord ReadHeader() => source.ReadHeader();

        public CsvRecord? Read() => source.Read();

        public void Dispose()
        {
            source.Dispose();
            stream.Dispose();
        }
    }
}
