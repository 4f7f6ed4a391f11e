using Microsoft.Win32.SafeHandles;

namespace Adology.Modules.Enrich.Models;

/// <summary>A <c>TessBaseAPI</c>, deleted when released.</summary>
internal sealed class TesseractHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}
