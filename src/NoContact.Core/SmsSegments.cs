namespace NoContact.Core;

/// <summary>How many SMS segments a text costs: GSM-7 when every character allows it, else UCS-2.</summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // These take an escape character as well, so two septets each.
    private const string Extended = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(c => Basic.Contains(c) || Extended.Contains(c));

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
