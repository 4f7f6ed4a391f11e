using System.Collections.Frozen;

namespace Adology.Modules.Scans.Watch;

/// <summary>
/// What FormD and dropping the non-spacing marks make of the lower-case Latin letters with diacritics (and æ, œ, ß, ĳ,
/// ø, ł, đ … spelled out or stripped, as a reader would type them): the host runs with invariant globalization, where
/// <see cref="string.Normalize()"/> leaves non-ASCII text as it is, so the fold is this table of Latin-1 and Latin
/// Extended-A.
/// </summary>
internal static class LatinFolding
{
    private const string Accented = "àáâãäåçèéêëìíîïðñòóôõöøùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĸĺļľŀłńņňŉŋōŏőŕŗřśŝşšţťŧũūŭůűųŵŷźżžſ";
    private const string Plain = "aaaaaaceeeeiiiidnoooooouuuuyyaaaccccddeeeeegggghhiiiiijkklllllnnnnnooorrrsssstttuuuuuuwyzzzs";

    private static readonly FrozenDictionary<char, string> Folds = Accented
        .Select((letter, index) => (letter, Plain[index].ToString()))
        .Concat([('ß', "ss"), ('æ', "ae"), ('œ', "oe"), ('ĳ', "ij")])
        .ToFrozenDictionary(fold => fold.Item1, fold => fold.Item2);

    /// <summary>The letter's plain spelling, or null when it has none other than itself.</summary>
    public static string? Of(char lowerCase) => Folds.GetValueOrDefault(lowerCase);
}
