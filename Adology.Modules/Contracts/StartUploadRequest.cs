namespace Adology.Modules.Contracts;

/// <summary>The form of <c>POST /api/scans/upload</c> as received: the brand, the files, spooled to temporary files, and the watch terms.</summary>
public sealed record StartUploadRequest(string? Brand, IReadOnlyList<UploadedFile> Files, IReadOnlyList<string>? Watch = null);
