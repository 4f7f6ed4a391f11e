using System.Globalization;

namespace Adology.Modules.Gather.Page;

/// <summary>
/// Reads a <c>srcset</c> as the HTML standard splits it (a URL may hold commas, as a <c>data:</c> URL does) and
/// picks its largest candidate: by width descriptor when any candidate has one, else by pixel density.
/// </summary>
internal static class Srcset
{
    public static string? Largest(IEnumerable<SrcsetCandidate> candidates)
    {
        var all = candidates.ToList();
        var byWidth = all.Where(candidate => candidate.Width is not null).MaxBy(candidate => candidate.Width);
        return byWidth?.Url ?? all.MaxBy(candidate => candidate.Density ?? 1)?.Url;
    }

    public static IEnumerable<SrcsetCandidate> Candidates(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
        {
            yield break;
        }

        var position = 0;
        while (true)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }

            if (position == srcset.Length)
            {
                yield break;
            }

            var start = position;
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
            {
                position++;
            }

            var url = srcset[start..position];
            var descriptor = string.Empty;
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                start = position;
                var depth = 0;
                while (position < srcset.Length && (srcset[position] != ',' || depth > 0))
                {
                    depth += srcset[position] switch { '(' => 1, ')' => -1, _ => 0 };
                    position++;
                }

                descriptor = srcset[start..position].Trim();
            }

            if (url.Length > 0)
            {
                yield return Candidate(url, descriptor);
            }
        }
    }

    private static SrcsetCandidate Candidate(string url, string descriptor)
    {
        var number = descriptor.Length > 1 ? descriptor[..^1] : string.Empty;
        return descriptor switch
        {
            [.., 'w'] when int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var width) => new(url, width, null),
            [.., 'x'] when double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var density) => new(url, null, density),
            _ => new(url, null, null),
        };
    }
}
