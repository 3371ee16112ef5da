using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Output;

/// <summary>
/// The output stage. Checks at the start that the output folder can be written (and says why not, in words), puts
/// back what runs killed in this folder left (<see cref="RunFolder.Abandoned"/>), renders every file into the run's own
/// folder, and publishes the whole set only when every renderer succeeded (<see cref="ReportSet"/>): a failed run
/// leaves the previous reports as they were, and a reader never finds files of two runs side by side. A run that fails
/// removes the output folder again when it created it and nothing else was written there (<see cref="Created"/>).
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    private readonly string _folder;
    private readonly RunFolder _run;
    /// <summary>The files of the set, in the order given, once every one is rendered.</summary>
    private IReadOnlyList<string> _rendered = [];
    private readonly Dictionary<string, Task<string>> _digests = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Action<string>? _beforeMove;
    /// <summary>The folders this run created for <c>--out</c>, deepest first: removed again, when empty, if no set is published.</summary>
    private readonly IReadOnlyList<string> _created;
    private bool _published;

    /// <param name="folder">The output folder (<c>--out</c>), created if missing.</param>
    /// <param name="names">The files the run will write: a folder already in the way of one is reported before any work.</param>
    /// <param name="beforeMove">Called before each rename while the set is published: a place for tests to fail.</param>
    public ReportOutput(string folder, IEnumerable<string> names, Action<string>? beforeMove = null)
    {
        if (string.IsNullOrWhiteSpace(folder)) throw new OutputException("no output folder given");
        _folder = folder;
        _beforeMove = beforeMove;
        if (File.Exists(folder)) throw new OutputException($"cannot write the reports to '{folder}': it is a file, not a folder");
        _created = Missing(folder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            RemoveCreated();
            throw OutputException.Because($"cannot create the output folder '{folder}'", e);
        }

        foreach (var name in names.Append(ReportSet.ManifestName))
        {
            var path = Path.Combine(folder, name);
            if (Directory.Exists(path))
                throw new OutputException($"cannot write the reports to '{folder}': '{path}' is a folder, so {name} cannot be written there; move or rename it");
        }

        try
        {
            _run = Guard(() => RunFolder.Create(folder));
        }
        catch
        {
            RemoveCreated();
            throw;
        }
        try
        {
            Recover();
        }
        catch
        {
            _run.Delete();
            RemoveCreated();
            throw;
        }
    }

    /// <summary>The folders this run creates for the output folder (it and its missing parents), deepest first.</summary>
    internal IReadOnlyList<string> Created => _created;

    private static List<string> Missing(string folder)
    {
        var missing = new List<string>();
        for (var f = Path.GetFullPath(folder); !string.IsNullOrEmpty(f) && !Directory.Exists(f) && !File.Exists(f); f = Path.GetDirectoryName(f))
            missing.Add(f);
        return missing;
    }

    /// <summary>
    /// Removes the folders this run created, deepest first, each only while it is empty: a folder that existed before
    /// the run, or that anything was written into, is never removed.
    /// </summary>
    private void RemoveCreated()
    {
        foreach (var folder in _created)
        {
            try
            {
                if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) return;
                // Not recursive: removed only if it is still empty at this moment.
                Directory.Delete(folder, recursive: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    /// <summary>Where the run keeps its working files (the rows it screens out) until it ends.</summary>
    public string Staging => _run.Path;

    /// <summary>
    /// Renders the files two at a time: each of two threads takes the next file as soon as it has finished one. Those
    /// that list every screened-out row (<see cref="IReportRenderer.ListsScreenedOutRows"/>), the longest on a large
    /// run, are taken first, the others in the order given. The set names the files in the order given, whichever
    /// finished first. After a failure no further file is started; the failure is raised once both threads have
    /// stopped (of two, the one of the file given first), and the set is then not published.
    /// </summary>
    /// <param name="starting">Called, on the thread rendering it, as each file is started.</param>
    public void RenderAll(IReadOnlyList<IReportRenderer> renderers, ExposureReport report, Action<IReportRenderer> starting)
    {
        var given = renderers.ToList();
        var queue = given.Where(r => r.ListsScreenedOutRows).Concat(given.Where(r => !r.ListsScreenedOutRows)).ToList();
        var next = -1;
        var failed = false;
        var failures = new List<(int Given, Exception Failure)>();

        void Work()
        {
            while (!Volatile.Read(ref failed) && Interlocked.Increment(ref next) is var i && i < queue.Count)
            {
                var renderer = queue[i];
                try
                {
                    starting(renderer);
                    Render(renderer, report);
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add((given.IndexOf(renderer), e));
                    Volatile.Write(ref failed, true);
                }
            }
        }

        if (queue.Count > 1)
        {
            // The second thread is always waited for: no file may still be being written when the run's folder goes.
            var second = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Work();
            second.GetAwaiter().GetResult();
        }
        else
        {
            Work();
        }
        if (failures.Count > 0) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures.MinBy(f => f.Given).Failure);
        _rendered = [.. given.Select(r => r.FileName).Distinct(StringComparer.Ordinal)];
    }

    private void Render(IReportRenderer renderer, ExposureReport report)
    {
        var path = Path.Combine(_run.SetFolder, renderer.FileName);
        Guard(() => renderer.RenderFile(report, path), $"cannot write {renderer.FileName} to '{_folder}'");
        // A file is final once rendered: its digest for the manifest is taken while the next one is rendered.
        var digest = Task.Run(() => ReportSet.Sha256(path));
        lock (_gate) _digests[renderer.FileName] = digest;
    }

    /// <summary>The files a person had filled in that the set replaced, kept beside it under another name.</summary>
    public IReadOnlyList<KeptFile> Kept { get; private set; } = [];

    /// <summary>Replaces the set in the output folder with the files rendered; returns their full paths, in order.</summary>
    public IReadOnlyList<string> Commit()
    {
        Guard(() => ReportSet.WriteManifest(_run, _rendered, name => _digests[name].GetAwaiter().GetResult()));
        using (Guard(() => FolderLock.Take(_folder)))
        {
            Recover(locked: true);
            Kept = ReportSet.Publish(_folder, _run, _rendered, _beforeMove);
            _published = true;
        }
        return _rendered.Select(n => Path.Combine(_folder, n)).ToList();
    }

    public void Dispose()
    {
        // No digest still reads a file of the run's folder when it is removed; a failed one no longer matters.
        foreach (var digest in _digests.Values) ((Task)digest).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        // A run whose previous set could not be put back keeps its folder: the next run puts the set back from it.
        if (ReportSet.IsPublishing(_run)) return;
        try
        {
            _run.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is removed by the next run into this folder, which finds its process gone.
            return;
        }
        // A run that published nothing leaves no empty folder of its own making behind.
        if (!_published) RemoveCreated();
    }

    /// <summary>Puts back the set a killed run was replacing, and removes the folders of runs that are gone.</summary>
    private void Recover(bool locked = false)
    {
        if (!locked && !Guard(() => RunFolder.Abandoned(_folder, except: _run.Path).Any())) return;
        using var held = locked ? null : Guard(() => FolderLock.Take(_folder));
        foreach (var abandoned in Guard(() => RunFolder.Abandoned(_folder, except: _run.Path).ToList()))
        {
            Guard(() => ReportSet.Undo(_folder, abandoned), $"cannot put back the reports a stopped run left in '{abandoned.Path}'");
            Guard(abandoned.Delete, $"cannot remove the folder '{abandoned.Path}' a stopped run left");
        }
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Because($"cannot write the reports to '{_folder}'", e);
        }
    }

    private static void Guard(Action action, string what)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Because(what, e);
        }
    }

    private void Guard(Action action) => Guard(action, $"cannot write the reports to '{_folder}'");
}
