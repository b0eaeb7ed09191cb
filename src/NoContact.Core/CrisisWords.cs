using System.Text.RegularExpressions;

namespace NoContact.Core;

/// <summary>
/// Spots a text that says the person may hurt themselves. Conservative on purpose: it looks for
/// plain phrases about self-harm and suicide, so a crisis line is offered whenever one is written,
/// while everyday figures of speech ("this is killing me", "dying to text him") pass.
/// </summary>
public static partial class CrisisWords
{
    public static bool Match(string? text) => text is not null && Phrases().IsMatch(text.Replace('’', '\''));

    [GeneratedRegex(
        @"\b(suicid\w*|kill?(ing)?\s+my\s*self|(?<![0-9]\s*)kms|unalive\w*|end(ing)?\s+(my\s+life|it\s+all|myself)|"
        + @"take\s+my\s+(own\s+)?life|(want|wanna|going|gonna)\s+(to\s+)?die|wish\s+i\s+(was|were)\s+dead|"
        + @"better\s+off\s+dead|(hurt|hurting|harm|harming|cut|cutting)\s+my\s*self|self[\s-]?harm\w*|"
        + @"no\s+reason\s+to\s+live|(don'?t|do\s+not|dont)\s+want\s+to\s+(live|be\s+here|be\s+alive)|"
        + @"overdos\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrases();
}
