namespace NoContact.Core.Coaching;

/// <summary>The four kinds of thing to do when the urge to reach out hits.</summary>
public enum UrgeKind
{
    Body,
    Mind,
    Feelings,
    Spirit,
}

/// <summary>
/// Which idea a person gets for their nth urge: the kinds take turns, so two urges in a row never
/// get the same kind, and within a kind the ideas take turns too.
/// </summary>
public static class UrgeRotation
{
    public static readonly int KindCount = Enum.GetValues<UrgeKind>().Length;

    /// <param name="urgesBefore">How many urges this person logged before this one.</param>
    public static (UrgeKind Kind, int Idea) For(int urgesBefore, int ideasPerKind)
    {
        var round = Math.Max(0, urgesBefore);
        return ((UrgeKind)(round % KindCount), round / KindCount % ideasPerKind);
    }
}
