using System.Security.Cryptography;
using System.Text;

namespace Exposure.Pipeline.Output;

/// <summary>
/// Replaces the set of reports in an output folder as a unit (README, Outputs). The set in force is the one
/// <c>.exposure-set</c> lists, one <c>sha256  name</c> line per file (<c>sha256sum -c .exposure-set</c> checks it). A
/// run publishes its rendered set by renaming, one file at a time: each file of the previous set is moved aside into
/// the run's folder and the new one moved in, the manifest last. The names being moved are written down first
/// (<c>publishing</c>), so that a failed move is undone at once, and a run killed in the middle is undone by the next
/// run, which restores the previous set exactly: a reader who trusts the manifest never mixes two runs, and once no
/// run is publishing the folder holds one complete set. Only files the two sets name are moved, and of the previous
/// set's only those still as it wrote them; nothing else in the folder is touched.
/// </summary>
internal static class ReportSet
{
    public const string ManifestName = ".exposure-set";
    private const string PlanName = "publishing";

    /// <summary>Writes the manifest of the rendered files into the run's set folder, in the given order.</summary>
    /// <param name="sha256Of">The SHA-256 of a file of the set, by name, as lower-case hex (<see cref="Sha256"/>).</param>
    public static void WriteManifest(RunFolder run, IEnumerable<string> names, Func<string, string> sha256Of)
    {
        var sb = new StringBuilder();
        foreach (var name in names) sb.Append(sha256Of(name)).Append("  ").Append(name).Append('\n');
        File.WriteAllText(Path.Combine(run.SetFolder, ManifestName), sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>The files the set in force names, with the SHA-256 the manifest gives each; none when the folder has no manifest.</summary>
    public static IReadOnlyList<(string Name, string Sha256)> Current(string folder)
    {
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest)) return [];
        return File.ReadAllLines(manifest)
            .Where(line => line.Length > 66 && line[64] == ' ' && line[65] == ' ')
            .Select(line => (Name: line[66..], Sha256: line[..64]))
            .Where(x => IsPlainName(x.Name) && !x.Name.StartsWith(".exposure", StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>The SHA-256 of a file, as lower-case hex, as the manifest gives it.</summary>
    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>
    /// Publishes the run's set (its <paramref name="names"/> and manifest, already in the set folder) into
    /// <paramref name="folder"/>. On failure every move is undone before the exception leaves.
    /// </summary>
    /// <param name="beforeMove">Called before each rename with the name about to move: a place for tests to fail.</param>
    /// <returns>The files a person had filled in that the new set would have replaced, each with the name it is kept under (<see cref="KeepFilled"/>).</returns>
    public static IReadOnlyList<KeptFile> Publish(string folder, RunFolder run, IReadOnlyList<string> names, Action<string>? beforeMove = null)
    {
        var rendered = names.Append(ManifestName).Distinct(StringComparer.Ordinal).ToList();
        var kept = KeepFilled(folder, rendered);
        // The previous set's files the new one does not replace leave with it; one changed since (a candidates file a
        // person filled in) is no longer the set's, and stays.
        var leaving = Current(folder)
            .Where(x => !rendered.Contains(x.Name, StringComparer.Ordinal))
            .Where(x => File.Exists(Path.Combine(folder, x.Name)) && Sha256(Path.Combine(folder, x.Name)) == x.Sha256)
            .Select(x => x.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var name in rendered)
        {
            if (Directory.Exists(Path.Combine(folder, name)))
                throw new OutputException($"cannot write the reports to '{folder}': '{Path.Combine(folder, name)}' is a folder, so {name} cannot be written there; move or rename it");
        }

        // The manifest moves last, so that until the whole set is in place it still describes the previous one.
        var plan = rendered.Where(n => n != ManifestName).Select(n => (Name: n, New: true))
            .Concat(leaving.Select(n => (Name: n, New: false)))
            .Append((Name: ManifestName, New: true))
            .ToList();
        Directory.CreateDirectory(run.PreviousFolder);
        WritePlan(run, plan);
        try
        {
            foreach (var (name, isNew) in plan)
            {
                var target = Path.Combine(folder, name);
                if (File.Exists(target))
                {
                    beforeMove?.Invoke(name);
                    File.Move(target, Path.Combine(run.PreviousFolder, name));
                }

                if (isNew)
                {
                    beforeMove?.Invoke(name);
                    File.Move(Path.Combine(run.SetFolder, name), target);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputException)
        {
            try
            {
                Undo(folder, run);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                throw OutputException.Because(
                    $"cannot write the reports to '{folder}', and the previous reports could not all be put back ({OutputException.Reason(again)}); " +
                    $"the next run into this folder puts them back from '{run.Path}'", e);
            }
            throw OutputException.Because($"cannot write the reports to '{folder}' (the previous reports are left as they were)", e);
        }

        // The set is in place: from here on, nothing is undone.
        File.Delete(PlanPath(run));
        return kept;
    }

    /// <summary>The files a person decides findings in: a run writes them blank, and a reviewer fills them in where they are.</summary>
    private static readonly string[] DecisionFiles = ["review-candidates.csv", "decisions-template.csv"];

    /// <summary>
    /// Moves aside, within the folder, each decisions file the new set replaces that has changed since a run wrote it and
    /// holds a decided line (or cannot be read to tell): <c>review-candidates.filled-20261205T221500Z.csv</c>, named by when
    /// it was last saved, so that a rerun never replaces a reviewer's decisions not yet recorded with a blank file.
    /// </summary>
    private static List<KeptFile> KeepFilled(string folder, IReadOnlyList<string> rendered)
    {
        var kept = new List<KeptFile>();
        var written = Current(folder).GroupBy(x => x.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Sha256, StringComparer.Ordinal);
        foreach (var name in rendered.Where(n => DecisionFiles.Contains(n, StringComparer.Ordinal)))
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path) || (written.TryGetValue(name, out var sha) && Sha256(path) == sha) || !HasDecidedLine(path, name)) continue;
            var stamp = File.GetLastWriteTimeUtc(path).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var stem = Path.GetFileNameWithoutExtension(name);
            var aside = $"{stem}.filled-{stamp}.csv";
            for (var n = 2; File.Exists(Path.Combine(folder, aside)); n++) aside = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}.filled-{stamp}-{n}.csv");
            File.Move(path, Path.Combine(folder, aside));
            kept.Add(new KeptFile(name, aside));
        }
        return kept;
    }

    private static bool HasDecidedLine(string path, string name)
    {
        try
        {
            return Readers.Review.ReviewFile.Load(path, name).Count > 0;
        }
        catch (Core.DataException)
        {
            // A file changed since it was written that cannot be read as decisions is a person's work all the same.
            return true;
        }
    }

    /// <summary>
    /// Puts back the set a run was replacing when it stopped: each file it moved in goes back to its set folder and
    /// each file it moved aside returns, the manifest first. Safe to repeat; does nothing for a run that had not begun
    /// to publish, or had finished.
    /// </summary>
    public static void Undo(string folder, RunFolder run)
    {
        var planPath = PlanPath(run);
        if (!File.Exists(planPath)) return;
        var plan = File.ReadAllLines(planPath)
            .Where(l => l.Length > 2 && l[1] == ' ' && l[0] is '+' or '-' && IsPlainName(l[2..]))
            .Select(l => (Name: l[2..], New: l[0] == '+'))
            .ToList();
        foreach (var (name, isNew) in Enumerable.Reverse(plan))
        {
            var target = Path.Combine(folder, name);
            var staged = Path.Combine(run.SetFolder, name);
            var previous = Path.Combine(run.PreviousFolder, name);
            // A new file no longer in the set folder was moved in: it goes back.
            if (isNew && !File.Exists(staged) && File.Exists(target)) File.Move(target, staged);
            if (File.Exists(previous)) File.Move(previous, target);
        }
        File.Delete(planPath);
    }

    /// <summary>True while the run is replacing the set, or when it stopped doing so and the previous set is still to be put back.</summary>
    public static bool IsPublishing(RunFolder run) => File.Exists(PlanPath(run));

    private static string PlanPath(RunFolder run) => Path.Combine(run.Path, PlanName);

    private static void WritePlan(RunFolder run, IEnumerable<(string Name, bool New)> plan)
    {
        var temp = Path.Combine(run.Path, PlanName + ".tmp");
        File.WriteAllLines(temp, plan.Select(p => (p.New ? "+ " : "- ") + p.Name));
        File.Move(temp, Path.Combine(run.Path, PlanName), overwrite: true);
    }

    /// <summary>A file name with no folder in it, never <c>..</c>: the only names a manifest or plan may move.</summary>
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0;
}

/// <summary>A file a person had filled in, kept beside the new set under another name.</summary>
/// <param name="Name">The name the new set writes (<c>review-candidates.csv</c>).</param>
/// <param name="KeptAs">The name it is kept under in the same folder.</param>
public sealed record KeptFile(string Name, string KeptAs);
