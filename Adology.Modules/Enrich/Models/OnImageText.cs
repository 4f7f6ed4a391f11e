namespace Adology.Modules.Enrich.Models;

/// <summary>The text read off a picture, its whitespace normalised, and the reader's mean confidence from 0 to 1.</summary>
internal sealed record OnImageText(string Text, float Confidence)
{
    public static readonly OnImageText None = new(string.Empty, 0f);
}
