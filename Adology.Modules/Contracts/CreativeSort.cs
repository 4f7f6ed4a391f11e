namespace Adology.Modules.Contracts;

/// <summary>The orders of a creative search; each puts the highest first (newest, most often seen, best match).</summary>
public enum CreativeSort
{
    LastSeen,
    FirstSeen,
    SeenCount,

    /// <summary>Best match of the text query first: all its words near each other, the exact phrase above all.</summary>
    Relevance,
}
