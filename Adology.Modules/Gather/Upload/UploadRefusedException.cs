using Adology.Modules.Contracts;

namespace Adology.Modules.Gather.Upload;

/// <summary>Stops checking an upload at its first fault.</summary>
internal sealed class UploadRefusedException(UploadRefusal refusal) : Exception(refusal.Detail)
{
    public UploadRefusal Refusal { get; } = refusal;
}
