namespace Decisions.Bodies;

/// <param name="To">Last day of the membership; null while it lasts.</param>
public sealed record Membership(string Name, string? Party, string? Role, bool IsSubstitute, DateOnly From, DateOnly? To)
{
    public bool ActiveOn(DateOnly date) => From <= date && (To is null || date <= To);
}

public sealed partial record BodyState(
    string Id, string Name, BodyKind Kind, string? ParentBodyId,
    IReadOnlyList<Membership> Members, IReadOnlyList<DateOnly> MeetingDates)
{
    public static BodyState Start(BodyRegistered e) => new(e.BodyId, e.Name, e.Kind, e.ParentBodyId, [], []);

    public BodyState Evolve(MemberJoined e) =>
        this with { Members = [.. Members, new Membership(e.Name, e.Party, e.Role, e.IsSubstitute, e.OccurredOn, null)] };

    public BodyState Evolve(MemberLeft e) =>
        this with { Members = [.. Members.Select(m => m.Name == e.Name && m.To is null ? m with { To = e.OccurredOn } : m)] };

    public BodyState Evolve(MeetingScheduled e) => this with { MeetingDates = [.. MeetingDates.Append(e.MeetingDate).Order()] };

    public IReadOnlyList<Membership> MembersOn(DateOnly date) => [.. Members.Where(m => m.ActiveOn(date))];

    public Membership? CurrentMembership(string name) => Members.FirstOrDefault(m => m.Name == name && m.To is null);

    /// <summary>The meeting "till nästa/nästkommande sammanträde" refers to: strictly after the giving meeting.</summary>
    public DateOnly? NextMeetingAfter(DateOnly date) => MeetingDates.Where(d => d > date).Cast<DateOnly?>().FirstOrDefault();
}
