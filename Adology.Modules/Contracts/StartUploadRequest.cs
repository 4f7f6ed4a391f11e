namespace Adology.Modules.Contracts;

/// <summary>The form of <c>POST /api/scans/upload</c> as received: the brand and the files, spooled to temporary files.</summary>
public sealed record StartUploadRequest(string? Brand, IReadOnlyList<UploadedFile> Files);
