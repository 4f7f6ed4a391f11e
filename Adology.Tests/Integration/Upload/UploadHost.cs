using Adology.Tests.Integration.Support;

namespace Adology.Tests.Integration.Upload;

/// <summary>A host of the upload tests' own, with limits low enough to reach (rows, request size) and a blob store nothing else writes to.</summary>
[SetUpFixture]
internal sealed class UploadHost
{
    public const int MaxRows = 5;
    public const int MaxRequestBytes = 3 * 1024 * 1024;

    private static TestHost? host;

    public static TestHost Instance => host ??= new TestHost(new Dictionary<string, string?>
    {
        ["Upload:MaxRows"] = MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Upload:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:Enabled"] = "false",
    });

    [OneTimeTearDown]
    public void StopHost() => host?.Dispose();
}
