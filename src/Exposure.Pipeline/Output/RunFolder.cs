using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Exposure.Pipeline.Output;

/// <summary>
/// A run's private folder inside the output folder, <c>.exposure-run-&lt;id&gt;</c>: it holds the rows a run screens
/// out while it reads, the rendered set (<c>set/</c>) until it is published, the previous set's files while they are
/// replaced (<c>previous/</c>), and an <c>owner</c> file naming the process, so that a later run can tell a live run's
/// folder from one a killed run left behind.
/// </summary>
internal sealed partial class RunFolder
{
    public const string Prefix = ".exposure-run-";
    private const string OwnerFile = "owner";
    /// <summary>A folder without an owner file is left alone this long: its run may be creating it.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    private RunFolder(string path) => Path = path;

    public string Path { get; }

    public string SetFolder => System.IO.Path.Combine(Path, "set");

    public string PreviousFolder => System.IO.Path.Combine(Path, "previous");

    /// <summary>Creates this process's folder in <paramref name="outputFolder"/>.</summary>
    public static RunFolder Create(string outputFolder)
    {
        var folder = new RunFolder(System.IO.Path.Combine(outputFolder, Prefix + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder.SetFolder);
        using var self = Process.GetCurrentProcess();
        File.WriteAllLines(System.IO.Path.Combine(folder.Path, OwnerFile),
        [
            self.Id.ToString(CultureInfo.InvariantCulture),
            self.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
            Environment.MachineName,
        ]);
        return folder;
    }

    /// <summary>Run folders in <paramref name="outputFolder"/> whose process is gone (killed, or crashed before it cleaned up).</summary>
    public static IEnumerable<RunFolder> Abandoned(string outputFolder, string? except)
    {
        foreach (var path in Directory.EnumerateDirectories(outputFolder, ".exposure-*"))
        {
            var name = System.IO.Path.GetFileName(path);
            if (except is not null && string.Equals(path, except, StringComparison.Ordinal)) continue;
            if (RunName().IsMatch(name) && !IsAlive(path)) yield return new RunFolder(path);
            else if (LegacyName().IsMatch(name)) yield return new RunFolder(path);
        }
    }

    public void Delete()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    private static bool IsAlive(string path)
    {
        string[] owner;
        try
        {
            owner = File.ReadAllLines(System.IO.Path.Combine(path, OwnerFile));
        }
        catch (IOException)
        {
            return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(path) < Grace;
        }
        if (owner.Length < 3
            || !int.TryParse(owner[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(owner[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started))
            return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(path) < Grace;
        // A process on another machine sharing the folder cannot be asked.
        if (!string.Equals(owner[2], Environment.MachineName, StringComparison.Ordinal)) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            // The same number may have been given to a later process: the start time tells them apart.
            return !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - started) < TimeSpan.TicksPerSecond;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (Win32Exception)
        {
            return true;
        }
    }

    [GeneratedRegex("^\\.exposure-run-[0-9a-f]{32}$")]
    private static partial Regex RunName();

    /// <summary>How earlier versions, which moved files into place one at a time, named their staging folders.</summary>
    [GeneratedRegex("^\\.exposure-staging-[0-9a-f]{32}$")]
    private static partial Regex LegacyName();
}
