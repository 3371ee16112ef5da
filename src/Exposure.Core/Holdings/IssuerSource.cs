namespace Exposure.Core.Holdings;

/// <summary>Where the issuer a holding is matched on comes from.</summary>
public enum IssuerSource
{
    /// <summary>The row's name: shares and rows whose name is the issuer's.</summary>
    Name,
    /// <summary>A column of its own naming the issuer (an issuer column, an N-PORT issuer name).</summary>
    IssuerColumn,
    /// <summary>The security's description, with coupon, maturity and type stripped (<c>ZIJIN MINING 5.25% 11/03/29</c>).</summary>
    Description,
    /// <summary>The reference instrument of a derivative, as the file names it.</summary>
    ReferenceInstrument,
    /// <summary>
    /// The company a note is written on, as its title names it (<c>UBS AG P-Note on Hangzhou Hikvision …</c>): the holding is
    /// the issuing bank's note, screened on that company (<see cref="NotesOnCompanies"/>).
    /// </summary>
    NoteOn,
}
