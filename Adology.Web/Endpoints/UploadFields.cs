namespace Adology.Web.Endpoints;

/// <summary>The fields of <c>POST /api/scans/upload</c>, as the API documentation shows them; the endpoint reads them as a stream.</summary>
/// <param name="Brand">The brand the creatives are of.</param>
/// <param name="Files">Pictures (png, jpeg, gif, webp), zips of pictures (with an optional manifest.csv), csv or xlsx sheets with a url column.</param>
/// <param name="Watch">Watch terms, one per field (optional; see "Watch terms" in docs/API.md).</param>
internal sealed record UploadFields(string Brand, IFormFileCollection Files, string[]? Watch);
