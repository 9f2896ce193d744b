namespace Decisions.Database;

public sealed class PostgresNotAvailable(string detail) : Exception(
    $"""
    Decisions needs PostgreSQL and found none: {detail}
    Three ways out:
      1. install PostgreSQL (Debian/Ubuntu: apt-get install postgresql), and Decisions starts a private server from its programs;
      2. point Decisions at a server you have: set ConnectionStrings:Decisions (or the environment variable DECISIONS_CONNECTION);
      3. start the bundled one with: docker compose up -d db   (then DECISIONS_CONNECTION="Host=localhost;Port=5432;Database=decisions;Username=decisions;Password=decisions")
    """);
