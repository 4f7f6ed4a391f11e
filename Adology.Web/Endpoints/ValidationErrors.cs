using FluentValidation.Results;

namespace Adology.Web.Endpoints;

internal static class ValidationErrors
{
    /// <summary>The errors keyed by the field's JSON path (<c>source.count</c>), as problem details and hub errors name them.</summary>
    public static Dictionary<string, string[]> ByField(ValidationResult result) =>
        result.Errors
            .GroupBy(error => CamelCasePath(error.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).ToArray());

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
