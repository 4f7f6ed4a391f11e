using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Platform.Blobs;

/// <summary>
/// Content-addressed blobs on the file system: <c>ab/abcd…</c> by SHA-256 (one level of 256 folders: a
/// second level would cost a new folder, an extra inode, for nearly every blob). A blob is written to a
/// temporary file and renamed into place, so a reader never sees half a blob; durability is bought once
/// per batch with <see cref="FlushToDisk"/> rather than one fsync per file.
/// </summary>
internal sealed class FileBlobStore
{
    private readonly string root;

    public FileBlobStore(IOptions<BlobOptions> options)
    {
        root = System.IO.Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(root);
    }

    public string PathOf(ReadOnlySpan<byte> sha256)
    {
        var hex = Convert.ToHexStringLower(sha256);
        return System.IO.Path.Combine(root, hex[..2], hex);
    }

    public bool Exists(ReadOnlySpan<byte> sha256) => File.Exists(PathOf(sha256));

    /// <summary>Where a picture's thumbnail is kept: beside the picture, and deleted with it.</summary>
    public string ThumbnailPathOf(ReadOnlySpan<byte> sha256) => PathOf(sha256) + ".thumbnail.jpg";

    /// <summary>Keeps a picture's thumbnail (written whole, then renamed into place, as a blob is).</summary>
    public Task PutThumbnailAsync(byte[] sha256, ReadOnlyMemory<byte> jpeg, CancellationToken cancellationToken) =>
        WriteWholeAsync(ThumbnailPathOf(sha256), jpeg, cancellationToken);

    /// <summary>The picture's kept thumbnail, or null when none was kept (yet).</summary>
    public Task<byte[]?> ReadThumbnailAsync(ReadOnlySpan<byte> sha256, CancellationToken cancellationToken) =>
        ReadIfThereAsync(ThumbnailPathOf(sha256), cancellationToken);

    /// <summary>The blob's bytes, or null when the store has no such blob.</summary>
    public Task<byte[]?> ReadAsync(ReadOnlyMemory<byte> sha256, CancellationToken cancellationToken) =>
        ReadIfThereAsync(PathOf(sha256.Span), cancellationToken);

    /// <summary>
    /// Stores the blob; one already there is marked as written now, so that retention, which only takes old blobs, does
    /// not take it from under the new reference about to be recorded.
    /// </summary>
    public async Task PutAsync(byte[] sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (File.Exists(path) && Touch(path))
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await WriteWholeAsync(path, content, cancellationToken);
    }

    /// <summary>The hashes of the blobs written before the cutoff; temporary files a crash left behind are deleted on the way.</summary>
    public IEnumerable<byte[]> WrittenBefore(DateTimeOffset cutoff)
    {
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (file.LastWriteTimeUtc >= cutoff.UtcDateTime)
            {
                continue;
            }

            if (file.Name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                file.Delete();
            }
            else if (file.Name.Length == 64 && Convert.FromHexString(file.Name) is { } sha256)
            {
                yield return sha256;
            }
        }
    }

    /// <summary>Deletes the blob unless it was written (or stored again, see <see cref="PutAsync"/>) since the cutoff.</summary>
    public bool DeleteIfWrittenBefore(ReadOnlySpan<byte> sha256, DateTimeOffset cutoff)
    {
        var file = new FileInfo(PathOf(sha256));
        if (!file.Exists || file.LastWriteTimeUtc >= cutoff.UtcDateTime)
        {
            return false;
        }

        file.Delete();
        File.Delete(ThumbnailPathOf(sha256));
        return true;
    }

    /// <summary>Writes a temporary file and renames it into place, so a reader never sees half of it.</summary>
    private static async Task WriteWholeAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0))
            {
                await file.WriteAsync(content, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<byte[]?> ReadIfThereAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Marks the blob as written now; false when it was deleted meanwhile.</summary>
    private static bool Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Makes every blob written so far durable with one <c>syncfs(2)</c> of the store's file system.</summary>
    public void FlushToDisk()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var handle = File.OpenHandle(root + "/.sync", FileMode.OpenOrCreate, FileAccess.Read);
        if (NativeMethods.syncfs((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"syncfs failed for {root}: error {Marshal.GetLastPInvokeError()}");
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; the signature is blittable.
        public static extern int syncfs(int fd);
#pragma warning restore SYSLIB1054
    }
}
