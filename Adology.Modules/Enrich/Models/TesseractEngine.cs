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

    public OnImageText Read(DecodedPicture picture)
    {
        try
        {
            TesseractNative.TessBaseAPISetImage(handle, picture.Rgba, picture.Width, picture.Height, 4, picture.Width * 4);
            TesseractNative.TessBaseAPISetSourceResolution(handle, ScreenPpi);
            var text = Normalised(Utf8Text());
            var confidence = text.Length == 0 ? 0f : Math.Clamp(TesseractNative.TessBaseAPIMeanTextConf(handle) / 100f, 0f, 1f);
            return new OnImageText(text, confidence);
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(handle);
        }
    }

    public void Dispose() => handle.Dispose();

    private string Utf8Text()
    {
        var text = TesseractNative.TessBaseAPIGetUTF8Text(handle);
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            TesseractNative.TessDeleteText(text);
        }
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
