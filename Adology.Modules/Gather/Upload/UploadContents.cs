using System.Text.Json.Nodes;
using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.Upload;

/// <summary>
/// What an upload's files list, gathered while they are checked: the creatives in order, and the pictures to store,
/// each by its hash, in a file of its own (the uploaded file itself, or one unpacked into the staging folder).
/// </summary>
internal sealed class UploadContents(string stagingFolder, int maxCreatives)
{
    private readonly Dictionary<string, string> pictures = new(StringComparer.Ordinal);
    private readonly List<GatheredCreative> creatives = [];

    public IReadOnlyList<GatheredCreative> Creatives => creatives;

    /// <summary>The pictures to store: file path by lower-case hex SHA-256.</summary>
    public IReadOnlyDictionary<string, string> Pictures => pictures;

    public void AddListed(string file, string url, JsonObject? metadata) =>
        Add(file, new GatheredCreative(url, metadata is { Count: > 0 } ? metadata.ToJsonString() : null));

    /// <summary>A picture already in a file of its own.</summary>
    public void AddPicture(string file, byte[] sha256, string path, JsonObject metadata)
    {
        pictures.TryAdd(Convert.ToHexStringLower(sha256), path);
        Add(file, new GatheredCreative(BlobUrls.For(sha256), metadata.ToJsonString()));
    }

    /// <summary>A picture unpacked from an archive, written to the staging folder (once per content).</summary>
    public async Task AddPictureAsync(string file, byte[] sha256, byte[] content, JsonObject metadata, CancellationToken cancellationToken)
    {
        var hex = Convert.ToHexStringLower(sha256);
        if (!pictures.ContainsKey(hex))
        {
            var path = Path.Combine(stagingFolder, hex);
            await File.WriteAllBytesAsync(path, content, cancellationToken);
            pictures[hex] = path;
        }

        Add(file, new GatheredCreative(BlobUrls.For(sha256), metadata.ToJsonString()));
    }

    private void Add(string file, GatheredCreative creative)
    {
        if (creatives.Count == maxCreatives)
        {
            throw new UploadRefusedException(new(file, $"the upload lists more than {maxCreatives} creatives"));
        }

        creatives.Add(creative);
    }
}
