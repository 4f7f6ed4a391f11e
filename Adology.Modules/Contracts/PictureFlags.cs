namespace Adology.Modules.Contracts;

/// <summary>The content rules the text printed on a picture (by content hash) breaks.</summary>
public sealed record PictureFlags(byte[] Sha256, IReadOnlyList<string> Flags);
