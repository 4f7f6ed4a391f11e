namespace Adology.Modules.Platform;

/// <summary>
/// Reading text that comes from outside (feeds, pages, sheets, ad copy). A pattern with lookarounds cannot run on the
/// non-backtracking engine, and crafted text can make a backtracking one crawl for hours: such a pattern gives up after
/// <see cref="MatchTimeoutMilliseconds"/> and its reader keeps what it found before.
/// </summary>
internal static class UntrustedText
{
    public const int MatchTimeoutMilliseconds = 250;
}
