namespace Adology.Modules.Contracts;

/// <summary>
/// Creatives that look and read alike. Numbered from 0 by size; <paramref name="Share"/> is its part of the brand
/// (0..1); <paramref name="Themes"/> are the words frequent in its copy and rare elsewhere;
/// <paramref name="Examples"/> the members nearest its centre. Every member is listed by
/// <see cref="IAnalyses.ClusterMembersAsync"/> (the report's clusters sheet).
/// </summary>
public sealed record CreativeCluster(int Cluster, int Size, double Share, IReadOnlyList<string> Themes, IReadOnlyList<NamedColour> Colours, IReadOnlyList<Guid> Examples);
