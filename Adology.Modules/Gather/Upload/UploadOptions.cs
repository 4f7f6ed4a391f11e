namespace Adology.Modules.Gather.Upload;

/// <summary>The limits of <c>POST /api/scans/upload</c> (section <c>Upload</c>); each refusal names the file and the limit.</summary>
internal sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>The whole multipart request; over it the upload is a 413.</summary>
    public long MaxRequestBytes { get; set; } = 200L * 1024 * 1024;

    public int MaxFiles { get; set; } = 100;

    /// <summary>One picture, uploaded alone or in a zip (the same cap as a downloaded creative's body).</summary>
    public long MaxPictureBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Entries of one zip or xlsx, folders included.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>What the entries of one zip or xlsx declare they unpack to, together.</summary>
    public long MaxUncompressedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How much more an entry of over 1 MiB may unpack to than it takes packed: a zip bomb packs far tighter.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Rows of one csv or xlsx sheet (manifest.csv included), the header not counted.</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Characters of one cell.</summary>
    public int MaxCellLength { get; set; } = 8_192;
}
