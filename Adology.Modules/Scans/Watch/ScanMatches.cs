using System.Runtime.CompilerServices;
using Adology.Modules.Contracts;
using Adology.Modules.Platform.Data;
using Adology.Modules.Scans.Data;
using Adology.Modules.Scans.Queries;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Adology.Modules.Scans.Watch;

internal sealed class ScanMatches(AdologyDb db, IScanProgress progress, TimeProvider clock) : IScanMatches
{
    public async Task MatchAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken)
    {
        if (subjects.Count == 0)
        {
            return;
        }

        var scanIds = subjects.Select(subject => subject.ScanId).Distinct().ToList();
        var watched = await db.Set<Scan>().AsNoTracking()
            .Where(scan => scanIds.Contains(scan.Id) && scan.Watch.Length > 0)
            .Select(scan => new { scan.Id, scan.Watch })
            .ToDictionaryAsync(scan => scan.Id, scan => new TermMatcher(scan.Watch), cancellationToken);
        if (watched.Count == 0)
        {
            return;
        }

        var found = subjects
            .Where(subject => watched.ContainsKey(subject.ScanId))
            .OrderBy(subject => subject.ScanId).ThenBy(subject => subject.Ordinal)
            .SelectMany(subject => Find(watched[subject.ScanId], subject))
            .DistinctBy(match => (match.Subject.ScanId, Convert.ToHexStringLower(match.Subject.Sha256), match.Term))
            .ToList();
        foreach (var match in await InsertNewAsync(found, cancellationToken))
        {
            var item = new { ordinal = match.Subject.Ordinal, url = match.Subject.Url, headline = match.Subject.Headline, thumbnailUrl = (string?)null };
            await progress.ReportAsync(match.Subject.ScanId, ProgressType.MatchFound, new { term = match.Term, item, matchedIn = match.Field }, cancellationToken);
        }
    }

    public async Task<Page<ScanMatch>?> ListAsync(Guid scanId, Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleScanAsync(scanId, viewer, cancellationToken) is null)
        {
            return null;
        }

        var matches = db.Set<WatchMatch>().AsNoTracking().Where(match => match.ScanId == scanId);
        var total = await matches.LongCountAsync(cancellationToken);
        var rows = await matches.OrderBy(match => match.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new Page<ScanMatch>([.. rows.Select(View)], total, page.PageNumber, page.PageSize);
    }

    public async IAsyncEnumerable<ScanMatch> ReadAsync(Guid scanId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var match in db.Set<WatchMatch>().AsNoTracking().Where(match => match.ScanId == scanId).OrderBy(match => match.Id)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return View(match);
        }
    }

    public Task<int> CountAsync(Guid scanId, CancellationToken cancellationToken) =>
        db.Set<WatchMatch>().CountAsync(match => match.ScanId == scanId, cancellationToken);

    /// <summary>Each term once per subject, in the first of its fields that holds it.</summary>
    private static IEnumerable<FoundMatch> Find(TermMatcher matcher, MatchSubject subject) =>
        subject.Fields
            .SelectMany(field => matcher.Find(field.Text).Select(term => new FoundMatch(subject, term, field.Name)))
            .DistinctBy(found => found.Term, StringComparer.Ordinal);

    /// <summary>Inserts the matches; those already recorded (an earlier delivery, another URL of the picture) are left out of the answer.</summary>
    private async Task<IReadOnlyList<FoundMatch>> InsertNewAsync(List<FoundMatch> found, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return [];
        }

        await using var command = await db.CommandAsync(
            """
            INSERT INTO scans.watch_matches (scan_id, sha256, term, ordinal, url, headline, matched_in, found_at)
            SELECT m.scan_id, m.sha256, m.term, m.ordinal, m.url, m.headline, m.matched_in, @now
            FROM unnest(@scan_ids, @sha256s, @terms, @ordinals, @urls, @headlines, @fields) WITH ORDINALITY
                AS m(scan_id, sha256, term, ordinal, url, headline, matched_in, position)
            ORDER BY m.position
            ON CONFLICT (scan_id, sha256, term) DO NOTHING
            RETURNING scan_id, encode(sha256, 'hex'), term
            """,
            cancellationToken);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("scan_ids", found.Select(match => match.Subject.ScanId).ToArray());
        command.Parameters.AddWithValue("sha256s", NpgsqlDbType.Array | NpgsqlDbType.Bytea, found.Select(match => match.Subject.Sha256).ToArray());
        command.Parameters.AddWithValue("terms", found.Select(match => match.Term).ToArray());
        command.Parameters.AddWithValue("ordinals", found.Select(match => match.Subject.Ordinal).ToArray());
        command.Parameters.AddWithValue("urls", found.Select(match => match.Subject.Url).ToArray());
        command.Parameters.AddWithValue("headlines", NpgsqlDbType.Array | NpgsqlDbType.Text, found.Select(match => match.Subject.Headline).ToArray());
        command.Parameters.AddWithValue("fields", found.Select(match => match.Field).ToArray());
        var inserted = new HashSet<(Guid, string, string)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        return [.. found.Where(match => inserted.Contains((match.Subject.ScanId, Convert.ToHexStringLower(match.Subject.Sha256), match.Term)))];
    }

    private static ScanMatch View(WatchMatch match) =>
        new(match.Term, match.Ordinal, match.Url, match.Headline, Convert.ToHexStringLower(match.Sha256), match.MatchedIn, match.FoundAt);
}
