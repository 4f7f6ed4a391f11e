namespace Adology.Modules.Enrich.Models;

/// <summary>
/// RGBA8888 pixels, rows packed (<c>Width * 4</c> bytes per row), opaque or premultiplied: one decode of a creative
/// shared by every model.
/// </summary>
internal sealed record DecodedPicture(byte[] Rgba, int Width, int Height);
