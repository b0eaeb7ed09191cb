using System.Text;
using NoContact.Core;

namespace NoContact.Functions.Coaching;

/// <summary>Makes a user's own words safe to quote back in an SMS: plain GSM-7, one line, short.</summary>
public static class UserText
{
    public static string Quotable(string text, int maxLength)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u201C', '\'').Replace('\u201D', '\'').Replace('"', '\''))
        {
            var keep = c is >= ' ' and <= '~' && SmsSegments.IsGsm7(c.ToString()) && c is not ('{' or '}' or '[' or ']'
                or '\\' or '^' or '~' or '|');
            plain.Append(keep ? c : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var oneLine = string.Join(' ', words);
        return oneLine.Length <= maxLength ? oneLine : oneLine[..maxLength].TrimEnd();
    }
}
