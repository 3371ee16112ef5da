namespace Exposure.Core.Reference;

/// <summary>Why a company is on the list: named itself by a source, or only related to a named entity.</summary>
public enum Basis
{
    /// <summary>The company itself is named by at least one source.</summary>
    Named,
    /// <summary>Only a subsidiary or affiliate of the company is named.</summary>
    ParentOfNamed,
    /// <summary>Only the company's parent is named.</summary>
    SubsidiaryOfNamed,
}
