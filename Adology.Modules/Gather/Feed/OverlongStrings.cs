namespace Adology.Modules.Gather.Feed;

/// <summary>
/// Shortens every JSON string of a body as it arrives, in place, so the reader never holds a 20 MB field. It decides
/// nothing that is kept: a string is shortened only past six bytes per character of the longest limit that applies
/// afterwards (a UTF-16 character takes at most six bytes, as <c>\uXXXX</c>), so what is left is still over that
/// limit, and <see cref="MetadataCap"/> (or the cursor and URL checks) cut and mark it exactly as they do any long string.
/// Cuts fall between whole characters: never inside an escape, a UTF-8 sequence or a surrogate pair.
/// </summary>
internal sealed class OverlongStrings(int keptBytes)
{
    private bool inString;
    private bool dropping;
    private long stringBytes;
    private bool escaped;
    private int hexDigitsLeft;
    private int escapedChar;
    private bool afterHighSurrogate;
    private int continuationBytesLeft;

    /// <summary>Strings that stay longer than <paramref name="characters"/> once shortened.</summary>
    public static OverlongStrings LongerThan(int characters) => new((int)Math.Min(6L * (characters + 1), Array.MaxLength / 4));

    /// <summary>Bytes the reader may have to hold for one token: a shortened string and its last character.</summary>
    public int MaxStringBytes => keptBytes + 16;

    /// <summary>Shortens the strings in <paramref name="bytes"/>, which continue those of the previous call; returns the length left.</summary>
    public int Filter(Span<byte> bytes)
    {
        var written = 0;
        foreach (var next in bytes)
        {
            if (Keep(next) is { } kept)
            {
                bytes[written++] = kept;
            }
        }

        return written;
    }

    private byte? Keep(byte next)
    {
        if (!inString)
        {
            inString = next == (byte)'"';
            stringBytes = 0;
            return next;
        }

        if (dropping)
        {
            Drop(next);
            return null;
        }

        var betweenCharacters = !escaped && hexDigitsLeft == 0 && continuationBytesLeft == 0 && !afterHighSurrogate;
        if (betweenCharacters && next == (byte)'"')
        {
            inString = false;
            return next;
        }

        if (betweenCharacters && stringBytes >= keptBytes)
        {
            dropping = true;
            Drop(next);
            return (byte)'"';
        }

        stringBytes++;
        Advance(next);
        return next;
    }

    /// <summary>Follows a string already cut to its end, which only an unescaped quote marks.</summary>
    private void Drop(byte next)
    {
        if (escaped)
        {
            escaped = false;
        }
        else if (next == (byte)'\\')
        {
            escaped = true;
        }
        else if (next == (byte)'"')
        {
            inString = false;
            dropping = false;
        }
    }

    private void Advance(byte next)
    {
        if (escaped)
        {
            escaped = false;
            hexDigitsLeft = next == (byte)'u' ? 4 : 0;
            escapedChar = 0;
            afterHighSurrogate &= hexDigitsLeft > 0;
            return;
        }

        if (hexDigitsLeft > 0 && HexValue(next) is { } digit)
        {
            escapedChar = (escapedChar * 16) + digit;
            if (--hexDigitsLeft == 0)
            {
                afterHighSurrogate = escapedChar is >= 0xD800 and <= 0xDBFF;
            }

            return;
        }

        if (continuationBytesLeft > 0 && (next & 0xC0) == 0x80)
        {
            continuationBytesLeft--;
            return;
        }

        // Anything else starts a character; an escape or UTF-8 sequence broken off here is the reader's to refuse.
        hexDigitsLeft = 0;
        continuationBytesLeft = next switch
        {
            >= 0xF0 => 3,
            >= 0xE0 => 2,
            >= 0xC0 => 1,
            _ => 0,
        };
        escaped = next == (byte)'\\';
        afterHighSurrogate &= escaped;
    }

    private static int? HexValue(byte next) => next switch
    {
        >= (byte)'0' and <= (byte)'9' => next - '0',
        >= (byte)'a' and <= (byte)'f' => next - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => next - 'A' + 10,
        _ => null,
    };
}
