using NoContact.Functions.Tests.Infrastructure;
using NodaTime;

namespace NoContact.Functions.Tests.Coaching;

/// <summary>
/// One person's first week, played through the real app: the transcript it writes is the README's
/// story, so the story is what the service really sends.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class WeekStoryTests(Azurite azurite)
{
    private const string Title = "A week with NoContact";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public async Task SamsFirstWeekIsWrittenDownAndMatchesTheDocs()
    {
        await using var app = await TestApp.StartAsync(azurite, Zoned(At(2026, 12, 7, 18, 0)));
        var story = new WeekStory(app, NewYork,
            new Dictionary<string, string> { [Conversations.User] = "Sam", [Conversations.Partner] = "Jo (partner)" });

        await PlayAsync(story);

        var markdown = await story.ToMarkdownAsync(Title);
        var written = Path.Combine(AppContext.BaseDirectory, "week-story.md");
        await File.WriteAllTextAsync(written, markdown);
        Assert.Contains("Sam is having a hard moment; a call would help.", markdown);
        Assert.Contains("3 days of no contact", markdown);
        var docs = Path.Combine(RepoPaths.Root, "docs", "week-story.md");
        Assert.True(File.Exists(docs) && await File.ReadAllTextAsync(docs) == markdown,
            $"docs/week-story.md is out of date: copy {written} over it.");

        var section = ReadmeSection(markdown);
        var writtenSection = Path.Combine(AppContext.BaseDirectory, "week-story-readme.md");
        await File.WriteAllTextAsync(writtenSection, section);
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.True(readme.Contains(section, StringComparison.Ordinal),
            $"README.md's week story is out of date: put {writtenSection} in place of its week-story section.");
    }

    /// <summary>The story as the README shows it: between markers, no title, days as level-3 headings.</summary>
    private static string ReadmeSection(string markdown)
    {
        var body = markdown[(markdown.IndexOf('\n') + 1)..].Trim().Replace("## ", "### ");
        const string start = "<!-- week-story: written by WeekStoryTests from the app's real replies -->";
        return $"{start}\n{body}\n<!-- /week-story -->";
    }

    private static async Task PlayAsync(WeekStory story)
    {
        const string sam = Conversations.User;
        await story.TextAsync(At(2026, 12, 7, 19, 0), sam, "JOIN");
        await story.TextAsync(At(2026, 12, 7, 19, 2), sam, "NAME Sam");
        await story.TextAsync(At(2026, 12, 7, 19, 4), sam, "PARTNER +1 555 010 0124");
        await story.TextAsync(At(2026, 12, 7, 19, 30), Conversations.Partner, "Yes");
        await story.TextAsync(At(2026, 12, 7, 19, 40), sam, "REASONS I want someone who shows up");
        await story.TextAsync(At(2026, 12, 7, 19, 45), sam, "DATE 12 DEC anniversary");
        await story.TextAsync(At(2026, 12, 8, 21, 30), sam, "URGE");
        await story.TextAsync(At(2026, 12, 9, 12, 15), sam, "WIN lunch with my sister, laughed for real");
        await story.TextAsync(At(2026, 12, 11, 22, 45), sam, "URGE PARTNER");
        await story.TextAsync(At(2026, 12, 11, 23, 10), sam, "slip saw her story and replied");
        await story.TextAsync(At(2026, 12, 12, 16, 0), sam, "urge");
        await story.TextAsync(At(2026, 12, 13, 10, 0), sam, "status");
        await story.RunUntilAsync(Zoned(At(2026, 12, 14, 9, 0)));
    }

    private static LocalDateTime At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute);

    private static DateTimeOffset Zoned(LocalDateTime local) => NewYork.AtStrictly(local).ToDateTimeOffset();
}
