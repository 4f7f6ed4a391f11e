namespace Adology.Modules.Ai.Analysis;

internal sealed class UnionFind(int count)
{
    private readonly int[] parent = [.. Enumerable.Range(0, count)];

    public void Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }

    /// <summary>The sets of two or more members, each in ascending order, ordered by their first member.</summary>
    public List<int[]> Sets() =>
        [.. Enumerable.Range(0, parent.Length)
            .GroupBy(Find)
            .Where(set => set.Count() > 1)
            .OrderBy(set => set.Key)
            .Select(set => set.ToArray())];

    private int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }
}
