using System.Buffers.Binary;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>Reads the pixel size from a WebP's first chunk: <c>VP8 </c> (lossy), <c>VP8L</c> (lossless) or <c>VP8X</c> (extended).</summary>
internal static class WebpDimensions
{
    public static string? Read(ReadOnlySpan<byte> content, out long width, out long height)
    {
        (width, height) = (0, 0);
        if (content.Length < 20)
        {
            return ImageSniffer.Truncated;
        }

        var chunk = content[12..16];
        var payload = content[20..];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return ReadLossy(payload, out width, out height);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            return ReadLossless(payload, out width, out height);
        }

        return chunk.SequenceEqual("VP8X"u8) ? ReadExtended(payload, out width, out height) : ImageSniffer.Malformed;
    }

    private static string? ReadLossy(ReadOnlySpan<byte> payload, out long width, out long height)
    {
        (width, height) = (0, 0);
        if (payload.Length < 10)
        {
            return ImageSniffer.Truncated;
        }

        // A frame tag whose low bit is clear marks a key frame, the only kind that carries a size.
        if ((payload[0] & 1) != 0 || payload[3] != 0x9D || payload[4] != 0x01 || payload[5] != 0x2A)
        {
            return ImageSniffer.Malformed;
        }

        // The top two bits of each 16-bit field are an upscaling hint, not part of the size.
        width = BinaryPrimitives.ReadUInt16LittleEndian(payload[6..]) & 0x3FFF;
        height = BinaryPrimitives.ReadUInt16LittleEndian(payload[8..]) & 0x3FFF;
        return null;
    }

    private static string? ReadLossless(ReadOnlySpan<byte> payload, out long width, out long height)
    {
        (width, height) = (0, 0);
        if (payload.Length < 5)
        {
            return ImageSniffer.Truncated;
        }

        var bits = BinaryPrimitives.ReadUInt32LittleEndian(payload[1..]);
        if (payload[0] != 0x2F || bits >> 29 != 0)
        {
            return ImageSniffer.Malformed;
        }

        width = (bits & 0x3FFF) + 1;
        height = ((bits >> 14) & 0x3FFF) + 1;
        return null;
    }

    private static string? ReadExtended(ReadOnlySpan<byte> payload, out long width, out long height)
    {
        (width, height) = (0, 0);
        if (payload.Length < 10)
        {
            return ImageSniffer.Truncated;
        }

        width = ReadUInt24(payload[4..]) + 1;
        height = ReadUInt24(payload[7..]) + 1;
        return null;
    }

    private static long ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
}
