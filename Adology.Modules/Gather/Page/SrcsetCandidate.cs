namespace Adology.Modules.Gather.Page;

/// <summary>One URL of a <c>srcset</c> with its width (<c>800w</c>) or pixel density (<c>2x</c>) descriptor.</summary>
internal sealed record SrcsetCandidate(string Url, int? Width, double? Density);
