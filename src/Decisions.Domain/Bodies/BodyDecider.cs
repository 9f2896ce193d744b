using Decisions.Shared;
using static Decisions.Shared.Decide;

namespace Decisions.Bodies;

public static class BodyDecider
{
    public static IReadOnlyList<object> Decide(BodyState? state, RegisterBody cmd)
    {
        new Validation()
            .Required(cmd.Name, nameof(cmd.Name))
            .Check(cmd.ParentBodyName is null || cmd.ParentBodyName.Trim().Length > 0, nameof(cmd.ParentBodyName), "must not be blank")
            .Check(cmd.ParentBodyName is null || StreamIds.Body(cmd.ParentBodyName) != StreamIds.Body(cmd.Name),
                nameof(cmd.ParentBodyName), "a body cannot be its own parent")
            .ThrowIfInvalid();
        var registered = new BodyRegistered(StreamIds.Body(cmd.Name), cmd.Name.Trim(), cmd.Kind,
            cmd.ParentBodyName is null ? null : StreamIds.Body(cmd.ParentBodyName), cmd.OccurredOn, cmd.Source);
        return state is null
            ? Emit(registered)
            : AlreadyRecorded((state.Name, state.Kind, state.ParentBodyId), (registered.Name, registered.Kind, registered.ParentBodyId), $"Body '{state.Id}'");
    }

    public static IReadOnlyList<object> Decide(BodyState? state, JoinMember cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        new Validation().Required(cmd.Name, nameof(cmd.Name)).ThrowIfInvalid();
        var joined = new MemberJoined(body.Id, cmd.Name.Trim(), cmd.Party, cmd.Role, cmd.IsSubstitute, cmd.From, cmd.Source);
        var current = body.CurrentMembership(joined.Name);
        return current is null
            ? Emit(joined)
            : AlreadyRecorded(current, new Membership(joined.Name, joined.Party, joined.Role, joined.IsSubstitute, joined.OccurredOn, null),
                $"Membership of '{joined.Name}' in '{body.Id}'");
    }

    public static IReadOnlyList<object> Decide(BodyState? state, LeaveMember cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        var current = body.CurrentMembership(cmd.Name.Trim());
        if (current is null)
            return body.Members.Any(m => m.Name == cmd.Name.Trim() && m.To == cmd.LastDay)
                ? Nothing
                : throw Refuse($"'{cmd.Name}' is not a current member of '{body.Id}'.");
        new Validation().Check(cmd.LastDay >= current.From, nameof(cmd.LastDay), $"is before the membership began ({current.From:yyyy-MM-dd})").ThrowIfInvalid();
        return Emit(new MemberLeft(body.Id, current.Name, cmd.LastDay, cmd.Source));
    }

    public static IReadOnlyList<object> Decide(BodyState? state, ScheduleMeeting cmd)
    {
        var body = Existing(state, "Body", cmd.BodyId);
        return body.MeetingDates.Contains(cmd.MeetingDate)
            ? Nothing
            : Emit(new MeetingScheduled(body.Id, cmd.MeetingDate, cmd.KnownOn, cmd.Source));
    }
}
