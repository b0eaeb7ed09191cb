namespace NoContact.Core;

/// <summary>What a text asks for, once case, spacing and punctuation are set aside.</summary>
public enum Keyword
{
    Unknown,
    Join,
    Slip,
    Status,
    TimeZone,
    CheckIn,
    Partner,
    Name,
    Yes,
    No,
    Leave,
    Pause,
    Resume,
    Help,
    Stop,
    Start,
    Delete,
    Urge,
    Win,
    Reasons,
    Date,
    Alerts,
    Quiet,
}

/// <summary>A parsed text: its keyword and whatever followed it.</summary>
public sealed record Command(Keyword Keyword, string Argument)
{
    public bool HasArgument => Argument.Length > 0;
}
