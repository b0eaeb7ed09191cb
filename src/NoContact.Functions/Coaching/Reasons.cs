using NoContact.Core;
using NoContact.Functions.Conversation;
using NoContact.Functions.Storage;

namespace NoContact.Functions.Coaching;

/// <summary>REASONS: the user's own reasons for no contact, quoted back to them now and then.</summary>
public sealed class Reasons(Contacts contacts)
{
    public const int Max = 5;
    public const int MaxLength = 100;

    public async Task<Reply> HandleAsync(ContactRow contact, string argument, CancellationToken cancellationToken)
    {
        var list = Of(contact);
        if (argument.Length == 0)
        {
            return list.Count == 0 ? Replies.ReasonsNone : Replies.ReasonsList(list);
        }

        if (argument.Equals("CLEAR", StringComparison.OrdinalIgnoreCase))
        {
            contact.Reasons = null;
            await contacts.SaveAsync(contact, cancellationToken);
            return Replies.ReasonsCleared;
        }

        var reason = UserText.Quotable(argument, MaxLength);
        if (list.Count >= Max || reason.Length == 0)
        {
            return list.Count >= Max ? Replies.ReasonsFull : Replies.ReasonsNone;
        }

        contact.Reasons = string.Join('\n', list.Append(reason));
        await contacts.SaveAsync(contact, cancellationToken);
        return Replies.ReasonSaved(list.Count + 1);
    }

    /// <summary>One of the reasons, taking turns by <paramref name="turn"/>; null when there are none.</summary>
    public static string? Pick(ContactRow contact, long turn)
    {
        var list = Of(contact);
        return list.Count == 0 ? null : list[(int)(Math.Abs(turn) % list.Count)];
    }

    /// <summary>The evening check-in; every other one quotes a reason back, when there is one.</summary>
    public static string CheckInBody(ContactRow contact, DateTimeOffset occurrence)
    {
        var day = occurrence.UtcTicks / TimeSpan.TicksPerDay;
        return day % 2 == 0 && Pick(contact, day / 2) is { } reason
            ? Replies.CheckInWithReason(reason)
            : Replies.CheckIn;
    }

    private static List<string> Of(ContactRow contact) =>
        (contact.Reasons ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
