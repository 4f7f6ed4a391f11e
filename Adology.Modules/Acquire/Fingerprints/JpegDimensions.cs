using System.Buffers.Binary;

namespace Adology.Modules.Acquire.Fingerprints;

/// <summary>Walks a JPEG's marker segments to its frame header (SOF), which holds the pixel size.</summary>
internal static class JpegDimensions
{
    public static string? Read(ReadOnlySpan<byte> content, out long width, out long height)
    {
        (width, height) = (0, 0);
        var at = 2;
        while (true)
        {
            if (at >= content.Length)
            {
                return ImageSniffer.Truncated;
            }

            if (content[at] != 0xFF)
            {
                return ImageSniffer.Malformed;
            }

            while (at < content.Length && content[at] == 0xFF)
            {
                at++;
            }

            if (at >= content.Length)
            {
                return ImageSniffer.Truncated;
            }

            var marker = content[at++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue;
            }

            // The frame header must come before the image data (SOS) and the end of image (EOI).
            if (marker is 0x00 or 0xD9 or 0xDA)
            {
                return ImageSniffer.Malformed;
            }

            if (at + 2 > content.Length)
            {
                return ImageSniffer.Truncated;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(content[at..]);
            if (IsStartOfFrame(marker))
            {
                if (at + 7 > content.Length)
                {
                    return ImageSniffer.Truncated;
                }

                height = BinaryPrimitives.ReadUInt16BigEndian(content[(at + 3)..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(content[(at + 5)..]);
                return null;
            }

            if (length < 2)
            {
                return ImageSniffer.Malformed;
            }

            at += length;
        }
    }

    // C4 (DHT), C8 (JPG extension) and CC (DAC) share the SOF range but are not frame headers.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
