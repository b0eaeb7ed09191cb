namespace NoContact.Functions.Conversation;

/// <summary>One text as Twilio delivered it to the webhook.</summary>
public sealed record InboundSms(string From, string Body, string MessageSid);
