namespace Adology.Modules.Platform.Imaging;

/// <summary>An image's type and pixel size, read from its header without decoding it.</summary>
/// <param name="MediaType"><c>image/png</c>, <c>image/jpeg</c>, <c>image/gif</c> or <c>image/webp</c>.</param>
internal readonly record struct ImageHeader(string MediaType, int Width, int Height);
