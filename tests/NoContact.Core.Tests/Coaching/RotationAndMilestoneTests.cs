using NoContact.Core.Coaching;
using NodaTime;

namespace NoContact.Core.Tests.Coaching;

public sealed class RotationAndMilestoneTests
{
    [Fact]
    public void TwoUrgesInARowNeverGetTheSameKind()
    {
        var kinds = Enumerable.Range(0, 40).Select(n => UrgeRotation.For(n, 3).Kind).ToList();

        Assert.All(kinds.Zip(kinds.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal(Enum.GetValues<UrgeKind>(), kinds.Take(4));
    }

    [Fact]
    public void EveryIdeaComesUpBeforeAnyRepeats()
    {
        var picks = Enumerable.Range(0, 12).Select(n => UrgeRotation.For(n, 3)).ToList();

        Assert.Equal(12, picks.Distinct().Count());
        Assert.Equal(picks[0], UrgeRotation.For(12, 3));
    }

    [Fact]
    public void BeforeAnySlipMilestonesCountFromTheStart()
    {
        var start = new LocalDate(2026, 12, 1);

        Assert.Equal(new Milestone(7, 7), Milestones.On(start.PlusDays(7), start, null));
        Assert.Null(Milestones.On(start.PlusDays(8), start, null));
        Assert.Equal(start.PlusDays(3), Milestones.NextOnOrAfter(start, start, null));
    }

    [Fact]
    public void AfterASlipBothCountsRunAndShareOneDayWhenTheyMeet()
    {
        var start = new LocalDate(2026, 1, 1);
        var slip = new LocalDate(2026, 1, 24);

        Assert.Equal(new Milestone(3, null), Milestones.On(slip.PlusDays(3), start, slip));
        Assert.Equal(new Milestone(7, 30), Milestones.On(new LocalDate(2026, 1, 31), start, slip));
        Assert.Equal(slip.PlusDays(3), Milestones.NextOnOrAfter(slip.PlusDays(1), start, slip));
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(60, false)]
    [InlineData(90, true)]
    [InlineData(365, true)]
    public void PartnerHearsOf30And90And365(int days, bool tells)
    {
        Assert.Equal(tells, new Milestone(days, null).TellsPartner);
    }
}
