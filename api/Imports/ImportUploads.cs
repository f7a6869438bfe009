using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SozialHub.Api.Imports;

[System.ComponentModel.Description("The kind of an uploaded file.")]
public enum ImportFileType
{
    [System.ComponentModel.Description("Comma- or semicolon-separated text (German Excel or RFC 4180).")]
    Csv,

    [System.ComponentModel.Description("An Excel workbook; its first sheet is read.")]
    Xlsx,
}

/// <summary>An uploaded file waiting for its preview and apply.</summary>
/// <param name="Owner">The uploader's subject: only they see the upload.</param>
public sealed record ImportUpload(string Id, string FileName, ImportFileType Type, long Size, string Owner, DateTime UploadedAt, DateTime ExpiresAt);

/// <summary>An upload that was refused, with the HTTP status and a German message.</summary>
public sealed class UploadRefusedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Uploaded import files in a folder under the content root's <c>data/</c>: the file and a small JSON description
/// beside it, under a random id. Expired uploads are deleted when the next upload arrives.
/// </summary>
public sealed class ImportUploads(IOptions<ImportOptions> options, IHostEnvironment environment, TimeProvider time)
{
    private const int SniffBytes = 8 * 1024;
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private string Folder => Path.Combine(environment.ContentRootPath, "data", options.Value.UploadFolder);

    /// <summary>Stores the stream as an upload of <paramref name="owner"/>; too large, empty or of the wrong type is refused.</summary>
    public async Task<ImportUpload> SaveAsync(Stream content, string fileName, string owner, CancellationToken cancellationToken)
    {
        var type = TypeOf(fileName);
        Directory.CreateDirectory(Folder);
        DeleteExpired();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = DataPath(id);
        try
        {
            var size = await CopyAsync(content, path, cancellationToken);
            if (size == 0)
            {
                throw new UploadRefusedException(StatusCodes.Status400BadRequest, "Die Datei ist leer.");
            }

            CheckContent(path, type, fileName);
            var now = time.GetUtcNow().UtcDateTime;
            var upload = new ImportUpload(id, Path.GetFileName(fileName), type, size, owner, now, now + options.Value.UploadLifetime);
            await File.WriteAllTextAsync(InfoPath(id), JsonSerializer.Serialize(upload), cancellationToken);
            return upload;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The owner's upload with this id, or null when there is none (any more).</summary>
    public ImportUpload? Find(string id, string owner)
    {
        if (id.Length != 32 || !id.All(Uri.IsHexDigit) || !File.Exists(InfoPath(id)))
        {
            return null;
        }

        var upload = JsonSerializer.Deserialize<ImportUpload>(File.ReadAllText(InfoPath(id)));
        if (upload is null || upload.ExpiresAt <= time.GetUtcNow().UtcDateTime)
        {
            Delete(id);
            return null;
        }

        return upload.Owner == owner ? upload : null;
    }

    public Stream Open(ImportUpload upload) =>
        new FileStream(DataPath(upload.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    public void Delete(string id)
    {
        File.Delete(DataPath(id));
        File.Delete(InfoPath(id));
    }

    private void DeleteExpired()
    {
        var limit = time.GetUtcNow().UtcDateTime - options.Value.UploadLifetime;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.upload"))
        {
            if (file.LastWriteTimeUtc < limit)
            {
                Delete(Path.GetFileNameWithoutExtension(file.Name));
            }
        }
    }

    private async Task<long> CopyAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxFileBytes;
        var buffer = new byte[81920];
        long size = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > max)
            {
                throw TooLarge(max);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return size;
    }

    public static UploadRefusedException TooLarge(long max) =>
        new(StatusCodes.Status413PayloadTooLarge, $"Die Datei ist zu groß: höchstens {Size(max)} sind erlaubt.");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{bytes / 1024.0:0.#} KB";

    private static ImportFileType TypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".txt" or ".tsv" => ImportFileType.Csv,
        ".xlsx" => ImportFileType.Xlsx,
        _ => throw WrongType(fileName),
    };

    /// <summary>The content must fit the name: a workbook is a ZIP archive, a CSV file has no NUL bytes.</summary>
    private static void CheckContent(string path, ImportFileType type, string fileName)
    {
        var head = new byte[SniffBytes];
        int length;
        using (var file = File.OpenRead(path))
        {
            length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var fits = type == ImportFileType.Xlsx
            ? head.AsSpan(0, length).StartsWith(ZipSignature)
            : !head.AsSpan(0, length).Contains((byte)0) && !head.AsSpan(0, length).StartsWith(ZipSignature);
        if (!fits)
        {
            throw WrongType(fileName);
        }
    }

    private static UploadRefusedException WrongType(string fileName) =>
        new(StatusCodes.Status415UnsupportedMediaType,
            $"Die Datei '{Path.GetFileName(fileName)}' ist keine CSV-Datei und keine Excel-Arbeitsmappe (XLSX). Bitte laden Sie eine .csv- oder .xlsx-Datei hoch.");

    private string DataPath(string id) => Path.Combine(Folder, id + ".upload");

    private string InfoPath(string id) => Path.Combine(Folder, id + ".json");
}
