using Adology.Modules.Contracts;

namespace Adology.Web.Scans;

/// <summary>The upload form as received: the brand and the files spooled to temporary files, or why it was refused on the way.</summary>
internal sealed record UploadForm(string? Brand, IReadOnlyList<UploadedFile> Files, UploadRefusal? Refusal)
{
    /// <summary>The <c>watch</c> fields, one term each, in order.</summary>
    public IReadOnlyList<string> Watch { get; init; } = [];

    public static UploadForm Refused(UploadRefusal refusal) => new(null, [], refusal);
}
