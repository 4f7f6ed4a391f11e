namespace Adology.Modules.Ai.Embeddings;

/// <summary>
/// The bins of the colour histogram. Hue has eight bins centred on named colours, each pixel shared between
/// the two nearest centres; saturation and value have three (centres 0, ½ and 1), shared the same way. Dark
/// and gray pixels have no stable hue, so the dark value bin and the gray saturation bin collapse into three
/// achromatic bins (black, gray, white): 8 hues × 2 saturations × 2 values + 3 = 35 bins.
/// </summary>
internal static class ColourBins
{
    public const int Hues = 8;
    public const int Chromatic = Hues * 2 * 2;
    public const int Length = Chromatic + 3;
    public const int Black = Chromatic;
    public const int Gray = Chromatic + 1;
    public const int White = Chromatic + 2;

    private static readonly float[] HueCentres = [0, 30, 55, 115, 180, 225, 272, 318];
    private static readonly string[] HueNames = ["red", "orange", "yellow", "green", "cyan", "blue", "purple", "pink"];

    /// <summary>The chromatic bin of a hue bin, a saturation bin and a value bin (1 or 2 each).</summary>
    public static int Of(int hue, int saturation, int value) => (((hue * 2) + saturation - 1) * 2) + value - 1;

    /// <summary>The colour name of a bin; mid-value orange is brown.</summary>
    public static string NameOf(int bin) => bin switch
    {
        Black => "black",
        Gray => "gray",
        White => "white",
        _ when bin / 4 == 1 && bin % 2 == 0 => "brown",
        _ => HueNames[bin / 4],
    };

    /// <summary>The colour at the centre of a bin, hue in degrees, saturation and value in 0..1.</summary>
    public static (float Hue, float Saturation, float Value) CentreOf(int bin) => bin switch
    {
        Black => (0, 0, 0),
        Gray => (0, 0, 0.5f),
        White => (0, 0, 1),
        _ => (HueCentres[bin / 4], (bin / 2 % 2) == 0 ? 0.5f : 1, bin % 2 == 0 ? 0.5f : 1),
    };

    /// <summary>The two hue bins a hue (degrees, 0..360) falls between and the share of the lower one.</summary>
    public static (int Lower, int Upper, float LowerShare) HueShares(float hue)
    {
        var lower = Hues - 1;
        while (lower > 0 && HueCentres[lower] > hue)
        {
            lower--;
        }

        var upper = (lower + 1) % Hues;
        var end = upper == 0 ? 360 : HueCentres[upper];
        return (lower, upper, (end - hue) / (end - HueCentres[lower]));
    }

    /// <summary>Shares of the bins centred at 0, ½ and 1 of a saturation or value in 0..1.</summary>
    public static (float Low, float Mid, float High) Tent(float x) =>
        (Math.Max(0, 1 - (2 * x)), 1 - Math.Abs((2 * x) - 1), Math.Max(0, (2 * x) - 1));
}
