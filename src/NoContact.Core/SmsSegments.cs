using System.Text;

namespace NoContact.Core;

/// <summary>How many SMS segments a text costs: GSM-7 when every character allows it, else UCS-2.</summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // These take an escape character as well, so two septets each.
    private const string Extended = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(IsGsm7);

    public static bool IsGsm7(char c) => Basic.Contains(c) || Extended.Contains(c);

    /// <summary>
    /// Replaces each character outside GSM-7 by its unaccented letter where it has one
    /// ("ë" becomes "e"; "é", in GSM-7, stays); others are left for the caller to judge.
    /// </summary>
    public static string FoldToGsm7(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Half of a surrogate pair (an emoji, say) is no letter and cannot be normalised alone.
            if (char.IsSurrogate(c))
            {
                folded.Append(c);
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            folded.Append(IsGsm7(c) || !IsGsm7(decomposed[0]) ? c.ToString() : decomposed[0].ToString());
        }

        return folded.ToString();
    }

    public static int Count(string text)
    {
        if (IsGsm7(text))
        {
            var septets = text.Sum(c => Extended.Contains(c) ? 2 : 1);
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }

        return text.Length <= 70 ? 1 : (text.Length + 66) / 67;
    }
}
