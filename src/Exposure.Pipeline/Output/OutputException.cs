namespace Exposure.Pipeline.Output;

/// <summary>
/// The reports cannot be written: the message names the folder or file and says why in words (permission denied, the
/// disk is full, a folder in the way), never the runtime's own text. The previous set of reports is left as it was.
/// </summary>
public sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>"cannot write the reports to 'reports': permission denied".</summary>
    public static OutputException Because(string what, Exception e) => new($"{what}: {Reason(e)}", e);

    /// <summary>Why a file operation failed, in words.</summary>
    public static string Reason(Exception e) => e switch
    {
        OutputException o => o.Message,
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long",
        DirectoryNotFoundException or FileNotFoundException => "the folder does not exist and cannot be created there",
        IOException io => Errno(io.HResult) ?? "the system refused the operation",
        _ => "the system refused the operation",
    };

    /// <summary>The reason for an error number (Unix errno, or a Windows HRESULT), where it is a common one.</summary>
    private static string? Errno(int code) => (code & 0xFFFF, (code & 0xFFFF0000) == 0x80070000) switch
    {
        (28, false) or (112, true) or (39, true) => "the disk is full",
        (122, false) => "the disk quota is exceeded",
        (30, false) or (19, true) => "the file system is read-only",
        (20, false) => "a part of the path is a file, not a folder",
        (21, false) => "a folder is in the way",
        (36, false) or (206, true) => "the path is too long",
        (5, false) => "the device reported an input/output error",
        (32, true) or (33, true) or (26, false) => "the file is open in another program",
        (13, false) or (1, false) or (5, true) => "permission denied",
        (2, false) or (3, true) or (2, true) => "the folder does not exist and cannot be created there",
        (18, false) or (17, true) => "the staging folder and the output are on different drives",
        _ => null,
    };
}
