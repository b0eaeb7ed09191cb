namespace NoContact.Core;

/// <summary>What led to a slip, in the person's own terms.</summary>
public enum Trigger
{
    Lonely = 1,
    Reminder = 2,
    Hoping = 3,
    Habit = 4,
    MissingOut = 5,
    FeelWanted = 6,
    Drinking = 7,
    Other = 8,
}

/// <summary>Recognises a trigger in a slip's words, or in the answer to "what set it off?".</summary>
public static class Triggers
{
    private static readonly (Trigger Trigger, string[] Words)[] Clues =
    [
        (Trigger.Drinking, ["drunk", "drinking", "drinks", "drank", "tipsy", "wine", "beer", "shots", "wasted"]),
        (Trigger.Lonely, ["lonely", "alone", "loneliness", "by myself", "isolated"]),
        (Trigger.Reminder, ["reminder", "reminded", "saw", "story", "instagram", "photo", "picture", "pic", "song",
            "place", "restaurant", "social", "posted", "post", "memory", "memories", "anniversary"]),
        (Trigger.Hoping, ["hoping", "hope", "different", "back together", "second chance", "change"]),
        (Trigger.Habit, ["habit", "automatic", "without thinking", "used to", "routine"]),
        (Trigger.MissingOut, ["fomo", "missing out", "curious", "what they", "what she", "what he", "check on"]),
        (Trigger.FeelWanted, ["wanted", "validation", "attention", "still cares", "still care", "miss me"]),
    ];

    /// <summary>Short names, in the order of the numbered question.</summary>
    public static string Label(Trigger trigger) => trigger switch
    {
        Trigger.Lonely => "lonely",
        Trigger.Reminder => "a reminder",
        Trigger.Hoping => "hoping it would be different",
        Trigger.Habit => "habit",
        Trigger.MissingOut => "fear of missing out",
        Trigger.FeelWanted => "wanting to feel wanted",
        Trigger.Drinking => "after drinking",
        _ => "something else",
    };

    /// <summary>The trigger the words of a slip point to, if any.</summary>
    public static Trigger? Recognise(string words)
    {
        var text = " " + words.ToLowerInvariant() + " ";
        foreach (var (trigger, clues) in Clues)
        {
            if (clues.Any(clue => ContainsWord(text, clue)))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>An answer to the numbered question: its number, or one of its words.</summary>
    public static Trigger? FromAnswer(string answer)
    {
        var text = answer.Trim().Trim('"', '\'', '.', '!').Trim().ToLowerInvariant();
        if (int.TryParse(text, out var number))
        {
            return Enum.IsDefined(typeof(Trigger), number) ? (Trigger)number : null;
        }

        if (text is "other" or "something else" or "none" or "dunno" or "not sure")
        {
            return Trigger.Other;
        }

        // Only a short answer counts: a longer text is a message of its own.
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 ? Recognise(text) : null;
    }

    private static bool ContainsWord(string text, string clue)
    {
        var at = text.IndexOf(clue, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = text[at - 1];
            var after = at + clue.Length < text.Length ? text[at + clue.Length] : ' ';
            if (!char.IsLetter(before) && !char.IsLetter(after))
            {
                return true;
            }

            at = text.IndexOf(clue, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
