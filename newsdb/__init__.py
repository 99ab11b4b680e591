"""newsdb: news articles, their people, quotations and events, in SQLite or PostgreSQL."""
__version__ = "0.1.0"
