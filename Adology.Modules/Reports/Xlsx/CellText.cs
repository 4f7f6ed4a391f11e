using System.Text;
using System.Xml;

namespace Adology.Modules.Reports.Xlsx;

/// <summary>Feeds and metadata are outside data: drop what XML cannot carry and cut what a cell cannot hold.</summary>
internal static class CellText
{
    /// <summary>The longest text a cell holds in Excel.</summary>
    public const int MaxLength = 32_767;

    public static string Clean(string value)
    {
        var text = value.Length > MaxLength ? value[..MaxLength] : value;
        foreach (var character in text)
        {
            if (!XmlConvert.IsXmlChar(character))
            {
                return Rebuild(text);
            }
        }

        return text;
    }

    private static string Rebuild(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            if (XmlConvert.IsXmlChar(text[index]))
            {
                clean.Append(text[index]);
            }
            else if (index + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[index + 1], text[index]))
            {
                clean.Append(text, index++, 2);
            }
        }

        return clean.ToString();
    }
}
