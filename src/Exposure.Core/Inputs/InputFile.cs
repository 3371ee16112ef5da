namespace Exposure.Core.Inputs;

/// <summary>An input file as the run information lists it: enough to tell whether a later run read the same bytes.</summary>
/// <param name="Name">The file name as given by the user.</param>
/// <param name="Role">What the file was to the run: <c>holdings</c>, <c>mapping</c>, <c>portfolio</c>, <c>review decisions</c>, <c>list</c> ...</param>
/// <param name="Lines">Physical lines, as the reader counted them.</param>
public sealed record InputFile(string Name, string Role, string Sha256, long Bytes, int Lines);
