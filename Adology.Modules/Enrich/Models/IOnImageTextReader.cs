namespace Adology.Modules.Enrich.Models;

/// <summary>Reads the text printed on a picture (OCR).</summary>
internal interface IOnImageTextReader
{
    string Version { get; }

    OnImageText Read(DecodedPicture picture);
}
