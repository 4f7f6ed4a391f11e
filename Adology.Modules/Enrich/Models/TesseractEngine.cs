using System.Runtime.InteropServices;

namespace Adology.Modules.Enrich.Models;

/// <summary>One initialised Tesseract engine. Not thread-safe: one caller at a time.</summary>
internal sealed class TesseractEngine : IDisposable
{
    /// <summary>
    /// The resolution Tesseract assumes: pictures made for screens, not scans. It sets what text size Tesseract expects;
    /// left unset, Tesseract warns on every picture and assumes 70.
    /// </summary>
    private const int ScreenPpi = 96;

    private readonly TesseractHandle handle;

    /// <exception cref="InvalidOperationException">The language's trained data is not in <paramref name="dataPath"/>.</exception>
    public TesseractEngine(string dataPath, string language)
    {
        handle = TesseractNative.TessBaseAPICreate();
        if (TesseractNative.TessBaseAPIInit3(handle, dataPath, language) != 0)
        {
            handle.Dispose();
            throw new InvalidOperationException($"Tesseract found no trained data for '{language}' in {dataPath} (install tesseract-ocr-{language})");
        }

        TesseractNative.TessBaseAPISetPageSegMode(handle, TesseractNative.SparseText);
        _ = TesseractNative.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /// <summary>The words Tesseract sees, in reading order, each with its confidence (0 to 100), and their mean confidence.</summary>
    public (IReadOnlyList<(string Text, float Confidence)> Words, int MeanConfidence) Read(DecodedPicture picture)
    {
        try
        {
            TesseractNative.TessBaseAPISetImage(handle, picture.Rgba, picture.Width, picture.Height, 4, picture.Width * 4);
            TesseractNative.TessBaseAPISetSourceResolution(handle, ScreenPpi);
            if (TesseractNative.TessBaseAPIRecognize(handle, IntPtr.Zero) != 0)
            {
                throw new InvalidOperationException($"Tesseract could not read a picture of {picture.Width}x{picture.Height}");
            }

            return (Words(), TesseractNative.TessBaseAPIMeanTextConf(handle));
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(handle);
        }
    }

    public void Dispose() => handle.Dispose();

    private List<(string, float)> Words()
    {
        var words = new List<(string, float)>();
        var iterator = TesseractNative.TessBaseAPIGetIterator(handle);
        if (iterator == IntPtr.Zero)
        {
            return words;
        }

        try
        {
            do
            {
                if (Utf8Text(TesseractNative.TessResultIteratorGetUTF8Text(iterator, TesseractNative.Word)) is { Length: > 0 } word)
                {
                    words.Add((word, TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.Word)));
                }
            }
            while (TesseractNative.TessResultIteratorNext(iterator, TesseractNative.Word));
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }

        return words;
    }

    private static string Utf8Text(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return (Marshal.PtrToStringUTF8(text) ?? string.Empty).Trim();
        }
        finally
        {
            TesseractNative.TessDeleteText(text);
        }
    }
}
