using System.Text.Json;

namespace Adology.Modules.Scans.EventLog;

/// <summary>The JSON of a stored event: that of the hub's JSON protocol (camelCase, nulls written), so a replay reads as the live event.</summary>
internal static class ProgressJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
