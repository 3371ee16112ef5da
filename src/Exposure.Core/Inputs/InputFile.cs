using System.Text.Json.Serialization;

namespace Exposure.Core.Inputs;

/// <summary>An input file as the run information lists it: enough to tell whether a later run read the same bytes.</summary>
/// <param name="Name">The file name as given by the user.</param>
/// <param name="Role">What the file was to the run: <c>holdings</c>, <c>mapping</c>, <c>portfolio</c>, <c>review decisions</c>, <c>list</c> ...</param>
/// <param name="Lines">Physical lines, as the reader counted them: of a workbook, those of the sheet read.</param>
/// <param name="Sheet">For a workbook, the sheet read: a workbook read under two sheets (two holdings of a scheme) is two inputs.</param>
public sealed record InputFile(string Name, string Role, string Sha256, long Bytes, int Lines,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sheet = null)
{
    /// <summary>The input as the reports list it: its name, and for a workbook the sheet read, "funds.xlsx (sheet 'Fund A')".</summary>
    [JsonIgnore]
    public string Shown => Sheet is null ? Name : $"{Name} (sheet '{Sheet}')";
}
