using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Bodies;

public static class BodyDecider
{
    public static IReadOnlyList<object> Decide(BodyState? state, RegisterBody cmd)
    {
        Validation.For(cmd)
            .Required(cmd.Name, nameof(cmd.Name))
            .Check(cmd.ParentBodyName is null || cmd.ParentBodyName.Trim().Length > 0, nameof(cmd.ParentBodyName), "får inte vara tomt")
            .Check(cmd.ParentBodyName is null || StreamIds.Body(cmd.ParentBodyName) != StreamIds.Body(cmd.Name),
                nameof(cmd.ParentBodyName), "ett organ kan inte lyda under sig självt")
            .ThrowIfInvalid();
        var registered = new BodyRegistered(StreamIds.Body(cmd.Name), cmd.Name.Trim(), cmd.Kind,
            cmd.ParentBodyName is null ? null : StreamIds.Body(cmd.ParentBodyName), cmd.OccurredOn, cmd.Source);
        return state is null
            ? Emit(registered)
            : AlreadyRecorded((state.Name, state.Kind, state.ParentBodyId), (registered.Name, registered.Kind, registered.ParentBodyId), $"Organet {state.Id}");
    }

    public static IReadOnlyList<object> Decide(BodyState? state, JoinMember cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        Validation.For(cmd).Required(cmd.Name, nameof(cmd.Name)).ThrowIfInvalid();
        var joined = new MemberJoined(body.Id, cmd.Name.Trim(), cmd.Party, cmd.Role, cmd.IsSubstitute, cmd.From, cmd.Source);
        var current = body.CurrentMembership(joined.Name);
        return current is null
            ? Emit(joined)
            : AlreadyRecorded(current, new Membership(joined.Name, joined.Party, joined.Role, joined.IsSubstitute, joined.OccurredOn, null),
                $"Ledamotskapet för {joined.Name} i {body.Id}");
    }

    public static IReadOnlyList<object> Decide(BodyState? state, LeaveMember cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        Validation.For(cmd).Required(cmd.Name, nameof(cmd.Name)).ThrowIfInvalid();
        var current = body.CurrentMembership(cmd.Name.Trim());
        if (current is null)
            return body.Members.Any(m => m.Name == cmd.Name.Trim() && m.To == cmd.LastDay)
                ? Nothing
                : throw Refuse($"{cmd.Name} är inte ledamot i {body.Id} nu.");
        new Validation().Check(cmd.LastDay >= current.From, nameof(cmd.LastDay), $"är före dagen ledamotskapet började ({current.From:yyyy-MM-dd})").ThrowIfInvalid();
        return Emit(new MemberLeft(body.Id, current.Name, cmd.LastDay, cmd.Source));
    }

    public static IReadOnlyList<object> Decide(BodyState? state, ScheduleMeeting cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        Validation.For(cmd).ThrowIfInvalid();
        return body.MeetingDates.Contains(cmd.MeetingDate)
            ? Nothing
            : Emit(new MeetingScheduled(body.Id, cmd.MeetingDate, cmd.KnownOn, cmd.Source));
    }
}
