namespace NoContact.Core;

/// <summary>What a text asks for, once case, spacing and punctuation are set aside.</summary>
public enum Keyword
{
    Unknown,
    Join,
    Slip,
    Partner,
    Name,
    Status,
    Yes,
    No,
    Help,
    Stop,
    Start,
}

/// <summary>A parsed text: its keyword and whatever followed it.</summary>
public sealed record Command(Keyword Keyword, string Argument)
{
    public bool HasArgument => Argument.Length > 0;
}
