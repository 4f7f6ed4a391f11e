using Adology.Modules.Contracts;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Adology.Modules.Scans.Data;

/// <summary>Statuses are stored and shown as the words of <see cref="ScanStatuses"/>.</summary>
internal static class ScanStatusText
{
    public static readonly ValueConverter<ScanStatus, string> Converter =
        new(status => Of(status), text => Parse(text));

    /// <summary>The statuses a scan can still leave.</summary>
    public static readonly ScanStatus[] Unfinished =
        [ScanStatus.Queued, ScanStatus.Gathering, ScanStatus.Acquiring, ScanStatus.Committing, ScanStatus.Enriching, ScanStatus.Analyzing];

    public static string Of(ScanStatus status) => status switch
    {
        ScanStatus.Queued => ScanStatuses.Queued,
        ScanStatus.Gathering => ScanStatuses.Gathering,
        ScanStatus.Acquiring => ScanStatuses.Acquiring,
        ScanStatus.Committing => ScanStatuses.Committing,
        ScanStatus.Enriching => ScanStatuses.Enriching,
        ScanStatus.Analyzing => ScanStatuses.Analyzing,
        ScanStatus.Completed => ScanStatuses.Completed,
        ScanStatus.Failed => ScanStatuses.Failed,
        ScanStatus.Cancelled => ScanStatuses.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ScanStatus Parse(string text) => Enum.GetValues<ScanStatus>().Single(status => Of(status) == text);

    /// <summary>The statuses as SQL literals for <c>IN (…)</c>: constant words of ours, never input.</summary>
    public static string SqlList(params ScanStatus[] statuses) => string.Join(", ", statuses.Select(status => $"'{Of(status)}'"));
}
