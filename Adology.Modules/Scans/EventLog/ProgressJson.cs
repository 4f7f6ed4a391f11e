using System.Text.Encodings.Web;
using System.Text.Json;

namespace Adology.Modules.Scans.EventLog;

/// <summary>
/// The JSON of a stored event: that of the hub's JSON protocol (camelCase, nulls written, text other than JSON's own
/// escapes written as is), so that a replayed event reads exactly as the live one.
/// </summary>
internal static class ProgressJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
