namespace SozialHub.Api.Imports;

/// <summary>Opens an upload as a table of its layout: CSV with its dialect detected, or an XLSX workbook's first sheet.</summary>
public static class ImportFiles
{
    public static CsvTable Open(ImportUploads uploads, ImportUpload upload, ValueLayout layout)
    {
        var stream = uploads.Open(upload);
        try
        {
            ITableSource source = upload.Type == ImportFileType.Xlsx ? XlsxReader.Open(stream, upload.FileName) : CsvReader.Open(stream, upload.FileName);
            return CsvTable.Open(new OwningSource(source, stream), upload.FileName, layout.CsvColumns());
        }
        catch
        {
            stream.Dispose();
            throw;
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
