using System.Net;
using System.Text;
using System.Text.Json;
using SozialHub.ServiceDefaults.Database;
using SozialHub.Testing;

namespace SozialHub.Api.Tests.ImportWorkflow;

/// <summary><c>POST /imports/files</c>: planners only; too large, empty and wrong files refused with a German message.</summary>
[Collection(ApiCollection.Collection)]
public sealed class UploadTests(ApiEnvironment environment)
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes(ImportApi.Header + "roden-nord;sgb2_share;2030;;1;10\n");

    [Fact]
    public async Task Only_planners_may_upload()
    {
        var api = await ImportApi.SharedAsync(environment, DatabaseProvider.Sqlite);

        using var anonymous = await api.UploadAsync(Csv, "werte.csv", null);
        using var citizen = await api.UploadAsync(Csv, "werte.csv", TestToken.Person("citizen"));
        using var withoutWrite = await api.UploadAsync(Csv, "werte.csv", ImportApi.Planner with { Scopes = ["openid", "hub.read"] });
        using var planner = await api.UploadAsync(Csv, "werte.csv", ImportApi.Planner);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(HttpStatusCode.Forbidden, citizen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Created, planner.StatusCode);
        var body = JsonDocument.Parse(await planner.Content.ReadAsStringAsync()).RootElement;
        Assert.Matches("^[0-9a-f]{32}$", body.GetProperty("uploadId").GetString());
        Assert.Equal(("werte.csv", "CSV", Csv.Length), (body.GetProperty("fileName").GetString(), body.GetProperty("type").GetString(), body.GetProperty("size").GetInt32()));
    }

    public static TheoryData<string, byte[], HttpStatusCode, string> BadFiles => new()
    {
        { "empty.csv", [], HttpStatusCode.BadRequest, "leer" },
        { "bericht.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n"), HttpStatusCode.UnsupportedMediaType, "keine CSV-Datei" },
        { "binaer.csv", [0x4D, 0x5A, 0x90, 0x00, 0x03], HttpStatusCode.UnsupportedMediaType, "keine CSV-Datei" },
        { "falsch.xlsx", Csv, HttpStatusCode.UnsupportedMediaType, "Excel" },
        { "gross.csv", new byte[3000], HttpStatusCode.RequestEntityTooLarge, "zu groß" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_german_message_and_not_kept(string fileName, byte[] content, HttpStatusCode status, string message)
    {
        await using var api = await ImportApi.StartAsync(environment, DatabaseProvider.Sqlite, ("Imports:MaxFileBytes", "2048"));

        using var response = await api.UploadAsync(content, fileName, ImportApi.Planner);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(api.UploadedFiles());
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_refused_by_its_declared_length()
    {
        await using var api = await ImportApi.StartAsync(environment, DatabaseProvider.Sqlite, ("Imports:MaxFileBytes", "1024"));
        var stream = new CountingStream(20 * 1024 * 1024);
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data") { Parameters = { new("boundary", "x") } };
        content.Headers.ContentLength = stream.Length;

        using var response = await api.Client(ImportApi.Planner).PostAsync("/imports/files", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("höchstens 1 KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(api.UploadedFiles());
    }

    /// <summary>Zeros of a given length that count how much of them was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
