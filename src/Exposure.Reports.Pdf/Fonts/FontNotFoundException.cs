namespace Exposure.Reports.Pdf.Fonts;

public sealed class FontNotFoundException : Exception
{
    public FontNotFoundException(IReadOnlyList<string> searchedDirectories)
        : base("No usable TrueType (.ttf) sans-serif font was found for the PDF report; "
               + "install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core) "
               + "or pass a folder containing .ttf fonts with --font-dir.")
    {
        SearchedDirectories = searchedDirectories;
    }

    public IReadOnlyList<string> SearchedDirectories { get; }
}
