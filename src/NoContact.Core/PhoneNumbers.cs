using PhoneNumbers;

namespace NoContact.Core;

/// <summary>Phone numbers in E.164, read the way people type them.</summary>
public static class PhoneNumberText
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Normalises <paramref name="input"/> to E.164. A number without a country code takes the
    /// country of <paramref name="relativeTo"/> (an E.164 number), else <paramref name="defaultRegion"/>.
    /// </summary>
    public static string? ToE164(string input, string? relativeTo, string defaultRegion)
    {
        var region = RegionOf(relativeTo) ?? defaultRegion;
        try
        {
            var number = Util.Parse(input, region);
            return Util.IsValidNumber(number) || IsFictional(number)
                ? Util.Format(number, PhoneNumberFormat.E164)
                : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The last digits of a number, for a person to recognise it without seeing it all.</summary>
    public static string LastDigits(string e164, int count = 4) =>
        e164.Length <= count ? e164 : e164[^count..];

    private static string? RegionOf(string? e164)
    {
        if (string.IsNullOrEmpty(e164))
        {
            return null;
        }

        try
        {
            // By country code rather than by number, so that reserved demo numbers have a country too.
            var region = Util.GetRegionCodeForCountryCode(Util.Parse(e164, null).CountryCode);
            return region is null or "ZZ" ? null : region;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    // Ranges kept for fiction (North American 555 and 555-01xx, UK 07700 900xxx) are never
    // assigned; demos and tests use them, so they must pass as numbers.
    private static bool IsFictional(PhoneNumber number) => number.CountryCode switch
    {
        1 => number.NationalNumber / 10_000_000 == 555 || number.NationalNumber % 10_000_000 / 100 == 55501,
        44 => number.NationalNumber / 1000 == 7_700_900,
        _ => false,
    };
}
