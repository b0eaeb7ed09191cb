using System.Text;
using NoContact.Core;

namespace NoContact.Functions.Coaching;

/// <summary>Makes a user's own words safe to quote back in an SMS: plain GSM-7, one line, short.</summary>
public static class UserText
{
    public static string Quotable(string text, int maxLength)
    {
        var plain = new StringBuilder(text.Length);
        var straightQuotes = text.Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u201C', '\'').Replace('\u201D', '\'').Replace('"', '\'');
        foreach (var c in SmsSegments.FoldToGsm7(straightQuotes))
        {
            // GSM-7's escaped characters ({, [, € ...) cost two; keep to the plain ones.
            var keep = !char.IsControl(c) && SmsSegments.IsGsm7(c) && !"{}[]\\^~|€".Contains(c);
            plain.Append(keep ? c : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var oneLine = string.Join(' ', words);
        return oneLine.Length <= maxLength ? oneLine : oneLine[..maxLength].TrimEnd();
    }
}
