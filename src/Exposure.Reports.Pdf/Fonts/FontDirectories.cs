namespace Exposure.Reports.Pdf.Fonts;

/// <summary>The font folders of Linux, Windows and macOS that exist on this machine.</summary>
public static class FontDirectories
{
    public static IReadOnlyList<string> System()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string>
        {
            "/usr/share/fonts",
            "/usr/local/share/fonts",
            "/Library/Fonts",
            "/System/Library/Fonts",
        };
        if (home.Length > 0)
        {
            candidates.Add(Path.Combine(home, ".fonts"));
            candidates.Add(Path.Combine(home, ".local", "share", "fonts"));
            candidates.Add(Path.Combine(home, "Library", "Fonts"));
        }

        var windows = Environment.GetEnvironmentVariable("WINDIR");
        if (!string.IsNullOrEmpty(windows))
        {
            candidates.Add(Path.Combine(windows, "Fonts"));
        }

        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (OperatingSystem.IsWindows() && localAppData.Length > 0)
        {
            candidates.Add(Path.Combine(localAppData, "Microsoft", "Windows", "Fonts"));
        }

        return candidates.Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToList();
    }
}
