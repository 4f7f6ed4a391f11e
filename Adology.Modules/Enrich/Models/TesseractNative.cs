using System.Runtime.InteropServices;

namespace Adology.Modules.Enrich.Models;

/// <summary>The few functions of Tesseract's C API (<c>tesseract/capi.h</c>) that reading a picture needs.</summary>
internal static partial class TesseractNative
{
    public const string Library = "libtesseract.so.5";

    /// <summary>Tesseract's <c>PSM_SPARSE_TEXT</c>: as much text as possible, in no particular order — ads scatter theirs.</summary>
    public const int SparseText = 11;

    /// <summary>Tesseract's <c>RIL_WORD</c>: an iterator's step from word to word.</summary>
    public const int Word = 3;

    [LibraryImport(Library)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Library)]
    public static partial TesseractHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(TesseractHandle handle, string dataPath, string language);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(TesseractHandle handle, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(TesseractHandle handle, int mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage(TesseractHandle handle, byte[] pixels, int width, int height, int bytesPerPixel, int bytesPerLine);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(TesseractHandle handle, int ppi);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(TesseractHandle handle, IntPtr monitor);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetIterator(TesseractHandle handle);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);

    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TessResultIteratorNext(IntPtr iterator, int level);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIMeanTextConf(TesseractHandle handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(TesseractHandle handle);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int setenv(string name, string value, int overwrite);
}
