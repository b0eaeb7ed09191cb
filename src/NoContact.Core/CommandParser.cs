using System.Globalization;
using System.Text;

namespace NoContact.Core;

/// <summary>
/// Turns the body of an SMS into a <see cref="Command"/>: case, extra spaces, emoji, trailing
/// punctuation and one slipped letter in a longer keyword are forgiven.
/// </summary>
public static class CommandParser
{
    // Carriers and Twilio act on these only when they are the whole message.
    private static readonly Dictionary<string, Keyword> CarrierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = Keyword.Stop, ["STOPALL"] = Keyword.Stop, ["UNSUBSCRIBE"] = Keyword.Stop,
        ["CANCEL"] = Keyword.Stop, ["END"] = Keyword.Stop, ["QUIT"] = Keyword.Stop,
        ["REVOKE"] = Keyword.Stop, ["OPTOUT"] = Keyword.Stop,
        ["START"] = Keyword.Start, ["UNSTOP"] = Keyword.Start,
        ["HELP"] = Keyword.Help, ["INFO"] = Keyword.Help,
    };

    /// <summary>The words a message may start with, and the keyword each means.</summary>
    public static readonly IReadOnlyDictionary<string, Keyword> LeadingWords =
        new Dictionary<string, Keyword>(StringComparer.OrdinalIgnoreCase)
        {
            ["JOIN"] = Keyword.Join,
            ["SLIP"] = Keyword.Slip, ["SLIPPED"] = Keyword.Slip, ["SLIPUP"] = Keyword.Slip,
            ["RELAPSE"] = Keyword.Slip, ["RELAPSED"] = Keyword.Slip,
            ["STATUS"] = Keyword.Status, ["STATS"] = Keyword.Status, ["PROGRESS"] = Keyword.Status,
            ["TZ"] = Keyword.TimeZone, ["TIMEZONE"] = Keyword.TimeZone,
            ["CHECKIN"] = Keyword.CheckIn, ["CHECKINS"] = Keyword.CheckIn,
            ["PARTNER"] = Keyword.Partner,
            ["NAME"] = Keyword.Name,
            ["YES"] = Keyword.Yes, ["Y"] = Keyword.Yes, ["YEP"] = Keyword.Yes, ["YEAH"] = Keyword.Yes,
            ["NO"] = Keyword.No, ["N"] = Keyword.No, ["NOPE"] = Keyword.No,
            ["LEAVE"] = Keyword.Leave,
            ["PAUSE"] = Keyword.Pause,
            ["RESUME"] = Keyword.Resume, ["UNPAUSE"] = Keyword.Resume,
            ["HELP"] = Keyword.Help, ["COMMANDS"] = Keyword.Help, ["MENU"] = Keyword.Help,
            ["DELETE"] = Keyword.Delete, ["ERASE"] = Keyword.Delete,
            ["URGE"] = Keyword.Urge, ["URGES"] = Keyword.Urge,
            ["WIN"] = Keyword.Win, ["WINS"] = Keyword.Win,
            ["REASONS"] = Keyword.Reasons, ["REASON"] = Keyword.Reasons,
            ["DATE"] = Keyword.Date, ["DATES"] = Keyword.Date,
            ["ALERTS"] = Keyword.Alerts, ["ALERT"] = Keyword.Alerts,
            ["QUIET"] = Keyword.Quiet,
        };

    // Keywords that are also everyday words once a letter slips ("dated", "quite"): exact only.
    private static readonly HashSet<string> ExactOnly =
        new(StringComparer.OrdinalIgnoreCase) { "DATE", "DATES", "QUIET" };

    // Two-word forms people type, joined before lookup.
    private static readonly string[] JoinedPairs = ["SLIP UP", "CHECK IN", "CHECK INS", "TIME ZONE"];

    public static Command Parse(string? body)
    {
        var text = Clean(body);
        if (text.Length == 0)
        {
            return new Command(Keyword.Unknown, "");
        }

        if (CarrierWords.TryGetValue(text, out var carrierWord))
        {
            return new Command(carrierWord, "");
        }

        var (first, rest) = SplitFirstWord(text);
        var keyword = Lookup(first);
        return keyword == Keyword.Unknown ? new Command(Keyword.Unknown, text) : new Command(keyword, rest);
    }

    /// <summary>The keywords nearest to a word no keyword matched, best first.</summary>
    public static IEnumerable<string> Nearest(string text)
    {
        var (first, _) = SplitFirstWord(Clean(text));
        return Suggestable
            .OrderBy(word => EditDistance.Between(first.ToUpperInvariant(), word))
            .ThenBy(word => Array.IndexOf(Suggestable, word));
    }

    // What a lost person is most likely after, in the order to suggest them.
    private static readonly string[] Suggestable =
        ["SLIP", "STATUS", "HELP", "PARTNER", "CHECKIN", "PAUSE", "TZ", "NAME", "JOIN", "DELETE"];

    private static Keyword Lookup(string word)
    {
        if (LeadingWords.TryGetValue(word, out var exact))
        {
            return exact;
        }

        // One slipped, missing, extra or swapped letter in a longer word; in a four-letter word
        // only a swap ("SILP"), since one changed letter there makes other words ("SAME").
        if (word.Length < 4)
        {
            return Keyword.Unknown;
        }

        var upper = word.ToUpperInvariant();
        var close = LeadingWords
            .Where(pair => pair.Key.Length >= 4 && !ExactOnly.Contains(pair.Key))
            .Where(pair => EditDistance.Between(upper, pair.Key) <= 1)
            .Where(pair => upper.Length > 4 || upper.Order().SequenceEqual(pair.Key.Order()))
            .Select(pair => pair.Value)
            .Distinct()
            .ToList();
        return close.Count == 1 ? close[0] : Keyword.Unknown;
    }

    private static (string First, string Remainder) SplitFirstWord(string text)
    {
        foreach (var pair in JoinedPairs)
        {
            if (text.StartsWith(pair, StringComparison.OrdinalIgnoreCase)
                && (text.Length == pair.Length || !char.IsLetter(text[pair.Length])))
            {
                return (pair.Replace(" ", ""), TrimPunctuation(text[pair.Length..]));
            }
        }

        var split = text.IndexOf(' ');
        var first = split < 0 ? text : text[..split];
        var rest = split < 0 ? "" : text[(split + 1)..];

        // "slip: texted him", "check-in", "status?"
        var cut = first.IndexOfAny([':', ',', ';', '.', '!', '?']);
        if (cut > 0)
        {
            rest = (first[(cut + 1)..] + " " + rest).Trim();
            first = first[..cut];
        }

        return (first.Replace("-", ""), TrimPunctuation(rest));
    }

    /// <summary>Collapses white space, drops emoji and symbols at the ends, and trailing punctuation.</summary>
    internal static string Clean(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }

        var builder = new StringBuilder(body.Length);
        foreach (var part in body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? "" : " ").Append(part);
        }

        var text = builder.ToString();
        var start = 0;
        while (start < text.Length && IsDecoration(text, start))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsDecoration(text, end - 1))
        {
            end--;
        }

        return TrimPunctuation(text[start..end]);
    }

    private static bool IsDecoration(string text, int index) =>
        char.IsWhiteSpace(text[index])
        || char.IsSurrogate(text[index])
        || CharUnicodeInfo.GetUnicodeCategory(text[index]) is UnicodeCategory.OtherSymbol
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.ModifierSymbol;

    private static string TrimPunctuation(string text) =>
        text.Trim().TrimEnd('.', '!', '?', ',', ';', ':').Trim();
}
