// Wolverine's list of events to append; Decisions.Events (the events' shared types) would shadow its own name.
global using AppendedEvents = Wolverine.Marten.Events;
