using System.IO.Compression;
using System.Security.Cryptography;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Blobs;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// Checks every file of an upload first — pictures by their bytes, zips and xlsx by their directory, sheets row by
/// row, streaming — and only then stores the pictures and the listing, so a refused upload leaves no blob behind.
/// </summary>
internal sealed class Uploads(FileBlobStore blobs, IOptions<UploadOptions> options, IOptions<GatherOptions> gather) : IUploads
{
    public UploadLimits Limits => new(options.Value.MaxRequestBytes, options.Value.MaxFiles);

    public async Task<StoredUpload> StoreAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateTempSubdirectory("adology-upload-");
        try
        {
            var contents = new UploadContents(staging.FullName, gather.Value.MaxItems);
            foreach (var file in files)
            {
                await AddAsync(file, contents, cancellationToken);
            }

            return await StoreAsync(contents, cancellationToken);
        }
        catch (UploadRefusedException refused)
        {
            return StoredUpload.Refused(refused.Refusal);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    private async Task AddAsync(UploadedFile file, UploadContents contents, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (file.Length == 0)
        {
            throw new UploadRefusedException(new(file.Name, "the file is empty"));
        }

        switch (Path.GetExtension(file.Name).ToLowerInvariant())
        {
            case ".zip":
                await ZipUpload.AddAsync(file.Name, file.Path, contents, limits, cancellationToken);
                break;
            case ".csv":
                await using (var csv = File.OpenRead(file.Path))
                {
                    Readable.Sheet(file.Name, "CSV", () => SheetUpload.Add(file.Name, SheetRows.Read(file.Name, CsvSheet.Rows(csv), SheetColumns.Url, limits), contents));
                }

                break;
            case ".xlsx":
                CheckWorkbook(file, limits);
                Readable.Sheet(
                    file.Name, "xlsx workbook", () => SheetUpload.Add(file.Name, SheetRows.Read(file.Name, XlsxSheet.Rows(file.Path), SheetColumns.Url, limits), contents));
                break;
            default:
                await AddPictureAsync(file, contents, limits.MaxPictureBytes, cancellationToken);
                break;
        }
    }

    private static async Task AddPictureAsync(UploadedFile file, UploadContents contents, long maxBytes, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes)
        {
            throw PictureCheck.TooLarge(file.Name, null, maxBytes);
        }

        var sha256 = PictureCheck.Sha256(file.Name, null, await File.ReadAllBytesAsync(file.Path, cancellationToken));
        contents.AddPicture(file.Name, sha256, file.Path, new() { ["fileName"] = file.Name, ["fileSize"] = file.Length });
    }

    /// <summary>An xlsx is a zip: its directory is held to the same limits before the sheet is read.</summary>
    private static void CheckWorkbook(UploadedFile file, UploadOptions limits)
    {
        using var stream = File.OpenRead(file.Path);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new UploadRefusedException(new(file.Name, "not an xlsx workbook"));
        }

        using (archive)
        {
            ZipLimits.Check(file.Name, archive, limits);
        }
    }

    private async Task<StoredUpload> StoreAsync(UploadContents contents, CancellationToken cancellationToken)
    {
        foreach (var (hex, path) in contents.Pictures)
        {
            await blobs.PutAsync(Convert.FromHexString(hex), await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
        }

        var listing = UploadListing.Write(contents.Creatives);
        var sha256 = SHA256.HashData(listing);
        await blobs.PutAsync(sha256, listing, cancellationToken);
        blobs.FlushToDisk();
        return new StoredUpload(BlobUrls.For(sha256), contents.Creatives.Count, null);
    }
}
