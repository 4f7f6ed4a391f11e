namespace Adology.Modules.Contracts;

/// <summary>A file of an upload as the host received it: spooled to a temporary file, which the host deletes afterwards.</summary>
/// <param name="Name">The name the client gave the file (its last path segment).</param>
/// <param name="Path">The temporary file holding its bytes.</param>
public sealed record UploadedFile(string Name, string Path, long Length);
