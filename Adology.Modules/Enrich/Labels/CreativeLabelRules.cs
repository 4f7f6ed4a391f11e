namespace Adology.Modules.Enrich.Labels;

/// <summary>The limits a vision model's labels must keep to be stored.</summary>
internal static class CreativeLabelRules
{
    public const int MaxProductTypeLength = 64;
}
