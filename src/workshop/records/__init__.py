"""Where grades and the server's state are kept: the tables (SQLAlchemy Core), the
database behind them (an SQLite file by default, PostgreSQL by URL) and the Alembic
migrations that bring an older database up to date.

``workshop.gradebook.Gradebook`` and ``workshop.server.tokens.TokenStore`` are the two
users; nothing here is imported before one of them opens a database, so a command that
never touches the gradebook (``workshop submit``) does not pay for SQLAlchemy."""
