using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Adology.Modules.Scans.Data;

/// <summary>Statuses are stored and shown as the lower-case words of the API.</summary>
internal static class ScanStatusText
{
    public static readonly ValueConverter<ScanStatus, string> Converter =
        new(status => Of(status), text => Parse(text));

    public static string Of(ScanStatus status) => status.ToString().ToLowerInvariant();

    public static ScanStatus Parse(string text) => Enum.Parse<ScanStatus>(text, ignoreCase: true);
}
