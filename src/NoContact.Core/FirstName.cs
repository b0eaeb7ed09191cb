using System.Text.RegularExpressions;

namespace NoContact.Core;

/// <summary>
/// The first name a partner sees: 1 to 20 letters, spaces and hyphens, in characters every phone
/// sends as GSM-7 (accents outside it are folded: "Zoë" becomes "Zoe"), so partner texts stay short.
/// </summary>
public static partial class FirstName
{
    public const int MaxLength = 20;

    /// <summary>The name as it will be shown, or null when it cannot be one.</summary>
    public static string? Normalise(string text)
    {
        var trimmed = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var folded = SmsSegments.FoldToGsm7(trimmed);
        return Shape().IsMatch(folded) && SmsSegments.IsGsm7(folded) ? folded : null;
    }

    [GeneratedRegex(@"^\p{L}[\p{L} \-]{0,19}$")]
    private static partial Regex Shape();
}
