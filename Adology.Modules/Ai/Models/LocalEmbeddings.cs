namespace Adology.Modules.Ai.Models;

/// <summary>Which embeddings this host computes itself, because no model endpoint is configured for them.</summary>
/// <param name="Text">The copy's embeddings are local term frequencies, so the brand's IDF applies to them.</param>
/// <param name="Visual">The pictures' embeddings are local, read off the pixels Acquire decodes, and end in a colour histogram.</param>
internal sealed record LocalEmbeddings(bool Text, bool Visual);
