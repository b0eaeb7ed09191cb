using System.Globalization;
using NoContact.Core;
using NoContact.Functions.CheckIns;
using NoContact.Functions.Coaching;
using NoContact.Functions.Storage;
using NodaTime;
using NodaTime.Text;

namespace NoContact.Functions.Conversation;

/// <summary>Settings a user changes by text: time zone, check-ins, and a pause.</summary>
public sealed class UserSettings(
    Contacts contacts, CheckInPlanner planner, MilestoneMessages milestones, TimeProvider time)
{
    public const int DefaultPauseDays = 7;
    public const int MaxPauseDays = 90;

    private static readonly LocalTimePattern ClockPattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDatePattern DatePattern =
        LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);

    public async Task<Reply> SetTimeZoneAsync(ContactRow contact, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            var current = planner.ZoneOf(contact);
            return Replies.TimeZoneNow(current.Id, ClockPattern.Format(Now.InZone(current).TimeOfDay));
        }

        var zone = TimeZones.Find(name);
        if (zone is null)
        {
            return Replies.TimeZoneUnknown;
        }

        contact.TimeZone = zone.Id;
        await SaveAndReplanAsync(contact, cancellationToken);
        await milestones.PlanAsync(contact, cancellationToken);
        var localNow = Now.InZone(zone).TimeOfDay;
        return Replies.TimeZoneSet(zone.Id, ClockPattern.Format(localNow));
    }

    public async Task<Reply> CheckInAsync(ContactRow contact, string argument, CancellationToken cancellationToken)
    {
        switch (CheckInRequest.Parse(argument))
        {
            case CheckInRequest.Invalid:
                return Replies.CheckInInvalid;
            case CheckInRequest.TurnOff:
                contact.CheckInsOn = false;
                await contacts.SaveAsync(contact, cancellationToken);
                return Replies.CheckInOff;
            case CheckInRequest.TurnOn:
                contact.CheckInsOn = true;
                await SaveAndReplanAsync(contact, cancellationToken);
                break;
            case CheckInRequest.Change change:
                var current = planner.ScheduleOf(contact);
                var updated = new CheckInSchedule(change.Days ?? current.Days, change.Time ?? current.Time);
                contact.CheckInDays = updated.DaysText;
                contact.CheckInTime = updated.TimeText;
                contact.CheckInsOn = true;
                await SaveAndReplanAsync(contact, cancellationToken);
                break;
        }

        var schedule = planner.ScheduleOf(contact);
        return Replies.CheckInSchedule(
            schedule.DaysText.Replace(",", ", "), schedule.TimeText, planner.ZoneOf(contact).Id, contact.CheckInsOn);
    }

    public async Task<Reply> PauseAsync(ContactRow contact, string argument, CancellationToken cancellationToken)
    {
        var days = DefaultPauseDays;
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && (!int.TryParse(words[0], out days) || days is < 1 or > MaxPauseDays))
        {
            return Replies.PauseInvalid;
        }

        var zone = planner.ZoneOf(contact);
        var until = Now.InZone(zone).Date.PlusDays(days);
        contact.PausedUntil = zone.AtStartOfDay(until).ToDateTimeOffset();
        await contacts.SaveAsync(contact, cancellationToken);
        return Replies.Paused(DatePattern.Format(until));
    }

    public async Task<Reply> ResumeAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        if (contact.PausedUntil is null || contact.PausedUntil <= time.GetUtcNow())
        {
            return Replies.NotPaused;
        }

        contact.PausedUntil = null;
        await SaveAndReplanAsync(contact, cancellationToken);
        return Replies.Resumed;
    }

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    private async Task SaveAndReplanAsync(ContactRow contact, CancellationToken cancellationToken)
    {
        await contacts.SaveAsync(contact, cancellationToken);
        await planner.PlanNextAsync(contact, cancellationToken);
    }
}
