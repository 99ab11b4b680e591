"""newsdb: news articles, their people, quotations and events, in SQLite or PostgreSQL."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsdb")  # pyproject.toml is the one source of the version
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
