using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace Adology.Modules.Enrich.Models;

/// <summary>
/// Reads on-image text with Tesseract 5 through its C API. An engine serves one caller at a time, so idle engines wait
/// in a pool: as many are made as callers ever overlap (one per CPU worker), each loaded on first need.
/// </summary>
internal sealed class TesseractReader : IOnImageTextReader, IDisposable
{
    private const float MinimumWordConfidence = 60f;
    private const float SureWordConfidence = 85f;

    /// <summary>The revision of the rules that keep words, part of <see cref="Version"/>: texts stored under older rules are read again.</summary>
    private const int WordRules = 2;

    private readonly ModelOptions options;
    private readonly Lazy<string> version;
    private readonly ConcurrentBag<TesseractEngine> idle = [];

    public TesseractReader(IOptions<ModelOptions> options)
    {
        this.options = options.Value;
        version = new Lazy<string>(LoadLibrary);
    }

    /// <exception cref="InvalidOperationException">Tesseract is not installed.</exception>
    public string Version => version.Value;

    /// <exception cref="InvalidOperationException">Tesseract or its trained data for the language is not installed.</exception>
    public OnImageText Read(DecodedPicture picture)
    {
        var engine = idle.TryTake(out var ready) ? ready : Create();
        try
        {
            var (words, meanConfidence) = engine.Read(picture);
            var kept = words.Where(Kept).ToList();
            return kept.Any(Sure)
                ? new OnImageText(string.Join(' ', kept.Select(word => word.Text)), Math.Clamp(meanConfidence / 100f, 0f, 1f))
                : OnImageText.None;
        }
        finally
        {
            idle.Add(engine);
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    /// <summary>
    /// A word Tesseract is fairly sure of and that has a letter or digit: on photos Tesseract reads shadows and edges as
    /// strings of punctuation and stray letters, all at low confidence.
    /// </summary>
    private static bool Kept((string Text, float Confidence) word) =>
        word.Confidence >= MinimumWordConfidence && word.Text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// A word of three letters or more that Tesseract is sure of. A picture without one shows no text: on photos
    /// Tesseract reads textures as short words at middling confidence (gravel as "Vay" at 61, a motorcycle's spokes as
    /// "IL AS" at 61-68, scikit-image's real photos), where printed text gives long words at 85 and over.
    /// </summary>
    private static bool Sure((string Text, float Confidence) word) =>
        word.Confidence >= SureWordConfidence && word.Text.Count(char.IsLetter) >= 3;

    private TesseractEngine Create()
    {
        _ = Version;
        return new TesseractEngine(options.TessdataPath, options.TesseractLanguage);
    }

    private string LoadLibrary()
    {
        // Tesseract parallelises with OpenMP, which reads its limit once, as the library loads: the host already runs one
        // model per core, so more threads per picture would only fight them. A limit set by the operator stays.
        _ = TesseractNative.setenv("OMP_THREAD_LIMIT", options.IntraOpThreads.ToString(CultureInfo.InvariantCulture), 0);
        try
        {
            var release = Marshal.PtrToStringUTF8(TesseractNative.TessVersion());
            return $"tesseract-{release}-{options.TesseractLanguage}-sparse-words{WordRules}";
        }
        catch (DllNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"Tesseract is not installed: {TesseractNative.Library} could not be loaded (apt-get install tesseract-ocr tesseract-ocr-{options.TesseractLanguage})",
                exception);
        }
    }
}
