namespace Adology.Modules.Contracts;

/// <summary>The text printed on a picture (by content hash) and the content rules it breaks.</summary>
public sealed record PictureReading(byte[] Sha256, string Text, IReadOnlyList<string> Flags);
