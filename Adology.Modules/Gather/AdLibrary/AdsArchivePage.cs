namespace Adology.Modules.Gather.AdLibrary;

/// <summary>One page of an <c>ads_archive</c> search and the URL of the next (its <c>paging.next</c>), if any.</summary>
internal sealed record AdsArchivePage(IReadOnlyList<ArchivedAd> Ads, Uri? Next);
