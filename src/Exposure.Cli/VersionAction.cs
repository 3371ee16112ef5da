using System.CommandLine;
using System.CommandLine.Invocation;

namespace Exposure.Cli;

/// <summary><c>exposure --version</c>: the tool's version and the version and folder of the list it screens against by default.</summary>
public sealed class VersionAction(TextWriter output, TextWriter error) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine($"exposure {ExposureCli.ToolVersion}");
        if (BundledData.ListVersion() is { } version)
        {
            output.WriteLine($"reference list {version} ({BundledData.ReferenceFolder}, built in)");
            return ExitCodes.Ok;
        }

        error.WriteLine($"error: {Path.Combine(BundledData.ReferenceFolder, "VERSION")}: the built-in reference list is missing");
        return ExitCodes.BadInput;
    }
}
