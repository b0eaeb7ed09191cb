using System.Text;

namespace NoContact.Core;

/// <summary>Turns the body of an SMS into a <see cref="Command"/>.</summary>
public static class CommandParser
{
    // Carriers and Twilio act on these only when they are the whole message.
    private static readonly Dictionary<string, Keyword> CarrierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = Keyword.Stop, ["STOPALL"] = Keyword.Stop, ["UNSUBSCRIBE"] = Keyword.Stop,
        ["CANCEL"] = Keyword.Stop, ["END"] = Keyword.Stop, ["QUIT"] = Keyword.Stop,
        ["REVOKE"] = Keyword.Stop, ["OPTOUT"] = Keyword.Stop,
        ["START"] = Keyword.Start, ["UNSTOP"] = Keyword.Start,
        ["YES"] = Keyword.Yes,
        ["HELP"] = Keyword.Help, ["INFO"] = Keyword.Help,
    };

    private static readonly Dictionary<string, Keyword> LeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JOIN"] = Keyword.Join,
        ["SLIP"] = Keyword.Slip, ["SLIPPED"] = Keyword.Slip,
        ["PARTNER"] = Keyword.Partner,
        ["NAME"] = Keyword.Name,
        ["STATUS"] = Keyword.Status,
        ["NO"] = Keyword.No,
        ["HELP"] = Keyword.Help,
    };

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

        var split = text.IndexOf(' ');
        var first = TrimPunctuation(split < 0 ? text : text[..split]);
        var rest = split < 0 ? "" : text[(split + 1)..].Trim();
        return LeadingWords.TryGetValue(first, out var keyword)
            ? new Command(keyword, rest)
            : new Command(Keyword.Unknown, text);
    }

    /// <summary>Collapses white space and drops trailing punctuation, keeping the words as typed.</summary>
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

        return TrimPunctuation(builder.ToString());
    }

    private static string TrimPunctuation(string text) =>
        text.Trim().TrimEnd('.', '!', '?', ',', ';', ':').Trim();
}
