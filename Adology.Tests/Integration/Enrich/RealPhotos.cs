using Adology.Modules.Enrich.Models;

namespace Adology.Tests.Integration.Enrich;

/// <summary>
/// scikit-image's sample photographs (BSD), as Debian's python3-skimage ships them: real pictures this project did
/// not make. <c>ADOLOGY_SKIMAGE_DATA</c> names the folder (test.sh extracts the package there), else the installed one.
/// </summary>
internal static class RealPhotos
{
    private const string Installed = "/usr/lib/python3/dist-packages/skimage/data";

    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("ADOLOGY_SKIMAGE_DATA") is { Length: > 0 } given ? given : Installed;
            return File.Exists(Path.Combine(folder, "chelsea.png"))
                ? folder
                : throw new InvalidOperationException($"scikit-image's sample photos are not in {folder}: set ADOLOGY_SKIMAGE_DATA (test.sh extracts python3-skimage)");
        }
    }

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(Folder, fileName));

    public static DecodedPicture Picture(string fileName) => PictureDecoder.Decode(Bytes(fileName), 1600, 40_000_000);
}
