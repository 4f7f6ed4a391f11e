namespace Adology.Modules.Platform.Blobs;

internal sealed class BlobOptions
{
    public const string Section = "Blobs";

    /// <summary>Folder of the file-system blob store; relative paths are resolved against the working directory.</summary>
    public string Path { get; set; } = ".data/blobs";
}
