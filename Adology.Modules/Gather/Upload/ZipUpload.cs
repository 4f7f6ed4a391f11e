using System.IO.Compression;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// A zip of pictures, in folders or not, with an optional <c>manifest.csv</c> at its root giving their copy. Folders,
/// macOS resource forks (<c>__MACOSX/</c>) and hidden files (<c>.DS_Store</c>) are passed over; any other entry must
/// be a picture.
/// </summary>
internal static class ZipUpload
{
    public static async Task AddAsync(string file, string path, UploadContents contents, UploadOptions limits, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var archive = Open(file, stream);
        ZipLimits.Check(file, archive, limits);
        var manifest = archive.GetEntry(ZipManifest.Name) ?? archive.Entries.FirstOrDefault(entry => entry.FullName.Equals(ZipManifest.Name, StringComparison.OrdinalIgnoreCase));
        var pictures = archive.Entries.Where(entry => entry != manifest && !PassedOver(entry)).ToList();
        if (pictures.Count == 0)
        {
            throw new UploadRefusedException(new(file, "the archive holds no pictures"));
        }

        var copy = manifest is null ? [] : ZipManifest.Read(file, manifest, pictures, limits);
        foreach (var entry in pictures)
        {
            var content = await ReadAsync(file, entry, limits.MaxPictureBytes, cancellationToken);
            var metadata = copy.GetValueOrDefault(entry.FullName) ?? [];
            metadata["fileName"] = entry.FullName;
            metadata["fileSize"] = entry.Length;
            metadata["archive"] = file;
            await contents.AddPictureAsync(file, PictureCheck.Sha256(file, entry.FullName, content), content, metadata, cancellationToken);
        }
    }

    private static ZipArchive Open(string file, Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new UploadRefusedException(new(file, "not a zip archive"));
        }
    }

    private static bool PassedOver(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith('/') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) || entry.Name.StartsWith('.');

    private static async Task<byte[]> ReadAsync(string file, ZipArchiveEntry entry, long maxBytes, CancellationToken cancellationToken)
    {
        if (entry.Length > maxBytes)
        {
            throw PictureCheck.TooLarge(file, entry.FullName, maxBytes);
        }

        var content = new byte[entry.Length];
        try
        {
            await using var stream = entry.Open();
            await stream.ReadExactlyAsync(content, cancellationToken);
            return content;
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            throw new UploadRefusedException(new(file, "the entry is corrupt") { Entry = entry.FullName });
        }
    }
}
