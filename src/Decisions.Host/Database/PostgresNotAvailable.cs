namespace Decisions.Database;

public sealed class PostgresNotAvailable(string detail) : Exception(
    $"""
    Decisions behöver PostgreSQL och hittade ingen: {detail}
    Tre vägar vidare:
      1. installera PostgreSQL (Debian/Ubuntu: apt-get install postgresql), så startar Decisions en egen server med dess program;
      2. peka ut en server ni har: ange ConnectionStrings:Decisions (eller miljövariabeln DECISIONS_CONNECTION);
      3. starta den medföljande med: docker compose up -d db   (sedan DECISIONS_CONNECTION="Host=localhost;Port=5432;Database=decisions;Username=decisions;Password=decisions")
    """);
