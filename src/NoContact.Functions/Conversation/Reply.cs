namespace NoContact.Functions.Conversation;

/// <summary>
/// What the webhook answers: zero or more SMS, sent as TwiML messages in order.
/// <see cref="ForgetSender"/> is set after an erase, so not even the delivery record stays;
/// <see cref="IsFallback"/> marks the "did you mean" answer to a text that was no keyword.
/// </summary>
public sealed record Reply(IReadOnlyList<string> Messages, bool ForgetSender = false, bool IsFallback = false)
{
    public static readonly Reply None = new([]);

    public static implicit operator Reply(string message) => new([message]);

    public static Reply Of(params string[] messages) => new(messages);

    public static Reply Fallback(string message) => new([message], IsFallback: true);

    public Reply Then(Reply next) => new([.. Messages, .. next.Messages], ForgetSender || next.ForgetSender);
}
