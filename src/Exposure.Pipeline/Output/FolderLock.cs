namespace Exposure.Pipeline.Output;

/// <summary>
/// One run at a time replaces the set in an output folder: an exclusive lock on <c>.exposure-lock</c> (left in place,
/// empty). The system releases it when the process ends, however it ends.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    public const string FileName = ".exposure-lock";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    public static FolderLock Take(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path) && DateTime.UtcNow < until)
            {
                Thread.Sleep(100);
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new OutputException($"cannot write the reports to '{folder}': another run has been writing to it for a minute; try again when it ends", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
