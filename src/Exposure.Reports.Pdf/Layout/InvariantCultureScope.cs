using System.Globalization;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Sets the invariant culture for the current thread until disposed, then restores the caller's. PDFsharp formats the
/// document's dates with the current culture (a Thai culture would write a Buddhist-era year), so the PDF is written
/// inside one of these.
/// </summary>
internal sealed class InvariantCultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public InvariantCultureScope()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
