using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adology.Tests.Integration.Support;
using Adology.Tests.Support;

namespace Adology.Tests.Integration.Upload;

/// <summary>Each refused upload is a problem naming the file (and entry or row) and the reason; no scan, no blob is written.</summary>
public sealed class UploadRefusalTests
{
    private static TestHost Host => UploadHost.Instance;

    [Test]
    public async Task Zip_bomb_is_refused_by_its_compression_ratio()
    {
        var bomb = UploadFiles.Zip(("ok.png", TestImages.DistinctPng(1)), ("inflated.png", new byte[20 * 1024 * 1024]));

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("bomb.zip", bomb));

        Assert.That(problem.GetProperty("file").GetString(), Is.EqualTo("bomb.zip"));
        Assert.That(problem.GetProperty("entry").GetString(), Is.EqualTo("inflated.png"));
        Assert.That(problem.GetProperty("reason").GetString(), Does.Contain("zip bomb"));
    }

    [Test]
    public async Task Zip_entry_climbing_out_with_dots_is_refused()
    {
        var zip = UploadFiles.Zip(("fine/a.png", TestImages.DistinctPng(2)), ("fine/../../evil.png", TestImages.DistinctPng(3)));

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("ads.zip", zip));

        Assert.That(problem.GetProperty("entry").GetString(), Is.EqualTo("fine/../../evil.png"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("ads.zip, entry 'fine/../../evil.png'").And.Contain("'..'"));
    }

    [Test]
    public async Task Empty_file_is_refused()
    {
        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("good.png", TestImages.DistinctPng(4)), ("empty.png", []));

        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("empty.png: the file is empty"));
    }

    [Test]
    public async Task Program_renamed_to_png_is_refused_and_the_good_picture_before_it_is_not_stored()
    {
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("good.png", TestImages.DistinctPng(5)), ("setup.png", exe));

        Assert.That(problem.GetProperty("file").GetString(), Is.EqualTo("setup.png"));
        Assert.That(problem.GetProperty("reason").GetString(), Does.StartWith("not a PNG, JPEG, GIF or WebP picture"));
    }

    [Test]
    public async Task Sheet_without_a_url_column_is_refused_naming_its_columns()
    {
        var csv = UploadFiles.Text("link,headline\nhttps://cdn.example.com/a.png,Hello\n");

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("ads.csv", csv));

        Assert.That(problem.GetProperty("row").GetInt32(), Is.EqualTo(1));
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("ads.csv, row 1: no 'url' column (the first row names 'link', 'headline')"));
    }

    [Test]
    public async Task Sheet_over_the_row_limit_is_refused_at_the_first_row_too_many()
    {
        var xlsx = UploadFiles.Xlsx(Enumerable.Range(0, UploadHost.MaxRows + 1)
            .Select(i => new Dictionary<string, object?> { ["url"] = $"https://cdn.example.com/{i}.png" }));

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("ads.xlsx", xlsx));

        Assert.That(problem.GetProperty("row").GetInt32(), Is.EqualTo(UploadHost.MaxRows + 2));
        Assert.That(problem.GetProperty("reason").GetString(), Is.EqualTo($"the sheet has more than {UploadHost.MaxRows} rows"));
    }

    [Test]
    public async Task Row_whose_url_is_not_http_is_refused_so_a_sheet_cannot_name_a_stored_blob()
    {
        var csv = UploadFiles.Text($"url\nhttps://cdn.example.com/a.png\nblob:{new string('a', 64)}\n");

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("ads.csv", csv));

        Assert.That(problem.GetProperty("row").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Manifest_naming_a_picture_the_zip_lacks_is_refused_at_its_row()
    {
        var zip = UploadFiles.Zip(("a.png", TestImages.DistinctPng(6)), ("manifest.csv", UploadFiles.Text("file,headline\na.png,One\nb.png,Two\n")));

        var problem = await RefusedAsync(HttpStatusCode.BadRequest, ("ads.zip", zip));

        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("ads.zip/manifest.csv, row 3: it names 'b.png', which is not a picture of the archive"));
    }

    [Test]
    public async Task Request_declaring_more_than_the_size_limit_is_a_413_before_it_is_read()
    {
        var problem = await RefusedAsync(HttpStatusCode.RequestEntityTooLarge, ("huge.png", new byte[UploadHost.MaxRequestBytes + 1]));

        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo($"request: the upload is larger than the {UploadHost.MaxRequestBytes} bytes a request may carry"));
    }

    [Test]
    public async Task Chunked_request_going_over_the_size_limit_is_a_413_naming_the_file_being_received()
    {
        var problem = await RefusedAsync(
            HttpStatusCode.RequestEntityTooLarge, chunked: true, ("small.png", TestImages.DistinctPng(8)), ("huge.png", new byte[UploadHost.MaxRequestBytes]));

        Assert.That(problem.GetProperty("file").GetString(), Is.EqualTo("huge.png"));
    }

    [Test]
    public async Task Upload_without_a_brand_is_a_400_naming_brand()
    {
        var user = await ApiUser.RegisterAsync(Host);
        var before = UploadFiles.BlobFiles(Host);

        var response = await user.UploadAsync(null, ("a.png", TestImages.DistinctPng(7)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty("brand", out _), Is.True, problem.ToString());
        Assert.That(await user.ScanCountAsync(), Is.Zero);
        Assert.That(UploadFiles.BlobFiles(Host), Is.EquivalentTo(before));
    }

    private static Task<JsonElement> RefusedAsync(HttpStatusCode status, params (string Name, byte[] Content)[] files) =>
        RefusedAsync(status, chunked: false, files);

    private static async Task<JsonElement> RefusedAsync(HttpStatusCode status, bool chunked, params (string Name, byte[] Content)[] files)
    {
        var user = await ApiUser.RegisterAsync(Host);
        var before = UploadFiles.BlobFiles(Host);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scans/upload") { Content = UploadFiles.Form(ApiUser.UniqueBrand("refused"), files) };
        request.Headers.TransferEncodingChunked = chunked;

        var response = await user.Http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await user.ScanCountAsync(), Is.Zero, "a refused upload creates no scan");
        Assert.That(UploadFiles.BlobFiles(Host), Is.EquivalentTo(before), "a refused upload stores no blob");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
