using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Exposure.Reports.Html.Report;

/// <summary>The page's own style sheet and script, built into the assembly and written inline.</summary>
internal static class Asset
{
    public static string Css { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    /// <summary>The content-security-policy source for an inline element: <c>'sha256-…'</c> of its exact text.</summary>
    public static string Hash(string content) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content))) + "'";

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Exposure.Reports.Html." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
