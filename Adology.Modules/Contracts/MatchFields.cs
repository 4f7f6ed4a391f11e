namespace Adology.Modules.Contracts;

/// <summary>Where a watch term was found: the <c>matchedIn</c> of MATCH_FOUND and of the scan's matches.</summary>
public static class MatchFields
{
    public const string Headline = "headline";
    public const string Body = "body";
    public const string CallToAction = "callToAction";
    public const string AltText = "altText";
    public const string OnImageText = "onImageText";
}
