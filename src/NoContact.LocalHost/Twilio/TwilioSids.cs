using System.Security.Cryptography;

namespace NoContact.LocalHost.Twilio;

/// <summary>Identifiers shaped like Twilio's: two letters and 32 lower-case hex digits.</summary>
public static class TwilioSids
{
    public static string NewMessageSid() => "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
