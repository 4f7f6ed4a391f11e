using System.IO.Compression;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// Checks a zip (or xlsx) from its central directory before anything is unpacked: the entry count, each entry's name
/// (no <c>..</c>, no absolute path, no link), its compression ratio and the total it unpacks to. .NET cuts an entry's
/// data at the size the directory declares, so these declared sizes bound what reading can unpack.
/// </summary>
internal static class ZipLimits
{
    private const long RatioCheckedFrom = 1024 * 1024;
    private const int SymbolicLink = 0xA000;
    private const int FileTypeMask = 0xF000;

    public static void Check(string file, ZipArchive archive, UploadOptions limits)
    {
        if (archive.Entries.Count > limits.MaxZipEntries)
        {
            throw Refused(file, null, $"the archive has {archive.Entries.Count} entries, more than the {limits.MaxZipEntries} allowed");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (UnsafeName(entry.FullName) is { } unsafeName)
            {
                throw Refused(file, entry.FullName, unsafeName);
            }

            if (((entry.ExternalAttributes >> 16) & FileTypeMask) == SymbolicLink)
            {
                throw Refused(file, entry.FullName, "the entry is a symbolic link");
            }

            if (entry.Length > RatioCheckedFrom && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio)
            {
                throw Refused(
                    file,
                    entry.FullName,
                    $"it unpacks {entry.Length / Math.Max(1, entry.CompressedLength)} times larger than it is packed, more than the {limits.MaxCompressionRatio} allowed (a zip bomb?)");
            }

            total += entry.Length;
            if (total > limits.MaxUncompressedBytes)
            {
                throw new UploadRefusedException(new(file, $"the archive unpacks to more than {limits.MaxUncompressedBytes} bytes", 413));
            }
        }
    }

    /// <summary>Why an entry's name is unsafe to use as a path, or null.</summary>
    public static string? UnsafeName(string name)
    {
        if (name.Length == 0 || name.Any(char.IsControl))
        {
            return "the entry's name is empty or holds control characters";
        }

        if (name[0] is '/' or '\\' || (name.Length > 1 && name[1] == ':'))
        {
            return "the entry's name is an absolute path";
        }

        return name.Split('/', '\\').Contains("..") ? "the entry's name climbs out of the archive with '..'" : null;
    }

    private static UploadRefusedException Refused(string file, string? entry, string reason) => new(new(file, reason) { Entry = entry });
}
