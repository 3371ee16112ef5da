using Exposure.Lists.Model;

namespace Exposure.Lists.Import;

/// <summary>The problems met while reading one list file; each is reported and counted, never dropped silently.</summary>
internal sealed class ProblemLog(string file)
{
    private readonly List<ListProblem> _problems = [];

    public string File => file;

    public IReadOnlyList<ListProblem> Problems => _problems;

    public void Add(int? line, string problem) => _problems.Add(new ListProblem(file, line, problem));
}
