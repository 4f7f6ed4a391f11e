namespace Adology.Modules.Contracts;

/// <summary>Brands are matched without regard to case or surrounding spaces.</summary>
public static class Brand
{
    public const int MaxLength = 100;

    public static string Normalize(string brand) => brand.Trim().ToLowerInvariant();
}
