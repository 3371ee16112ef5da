using System.Text.RegularExpressions;

namespace Exposure.Lists.Import;

/// <summary>
/// Whether a name that a list does not type (a CSL row with an empty <c>type</c>, an OpenSanctions <c>LegalEntity</c>)
/// reads as an organisation's: it holds a legal-form or organisation word (Co., Ltd., Corporation, Institute,
/// University, Group, Company, Inc., LLC, ...). A name without one may be a person's and is not imported as a company.
/// </summary>
internal static partial class OrganisationSignals
{
    private static readonly string[] ChineseWords = ["公司", "集团", "研究", "大学", "学院", "工厂", "中心", "银行", "协会", "委员会", "局", "厂"];

    public static bool InName(string name) => Words().IsMatch(name) || ChineseWords.Any(w => name.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:co|corp|corporation|company|companies|ltd|limited|inc|incorporated|llc|l\.l\.c|llp|lp|plc|gmbh|sas|srl|spa|bv|nv|jsc|pjsc|ojsc|cjsc|ooo|zao|oao|pte|pty|fze|fzco|fzc|fzllc|establishment|group|holdings?|institute|institution|university|college|academy|school|laboratory|laboratories|labs|centre|center|bureau|administration|agency|ministry|department|office|authority|commission|committee|council|board|corps|army|forces|regiment|brigade|division|bank|trust|fund|foundation|association|society|union|federation|enterprises?|industries|industry|industrial|technology|technologies|tech|trading|factory|works|plant|mill|mining|energy|electronics|systems|services|solutions|logistics|shipping|airlines?|aviation|petroleum|chemicals?|pharmaceuticals?|partners|partnership|firm|branch|network|communications|telecom|research|hospital|press|media|organization|organisation)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
