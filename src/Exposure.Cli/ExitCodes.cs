namespace Exposure.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>An input or reference file cannot be used.</summary>
    public const int BadInput = 2;
    /// <summary>The command line is wrong.</summary>
    public const int Usage = 64;
    /// <summary>Output could not be written.</summary>
    public const int CannotWrite = 73;
    /// <summary>No usable font for the PDF: the message says which package to install.</summary>
    public const int MissingFont = 69;
    /// <summary>A fault in the tool itself.</summary>
    public const int Internal = 70;
}
