namespace Adology.Modules.Gather.Upload;

/// <summary>A sheet its reader cannot parse is refused as unreadable, naming the file, rather than failing as a server error.</summary>
internal static class Readable
{
    public static T Sheet<T>(string file, string kind, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not UploadRefusedException and not OperationCanceledException)
        {
            throw new UploadRefusedException(new(file, $"not a readable {kind} ({exception.Message})"));
        }
    }
}
