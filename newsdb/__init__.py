"""newsdb: news articles, their people, quotations and events, in SQLite or PostgreSQL."""


def __getattr__(name: str):
    # `__version__` is read from the installed metadata when first asked for: importing importlib.metadata
    # costs more than the rest of the command line's start, and only `--version` needs it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("newsdb")  # pyproject.toml is the one source of the version
        except PackageNotFoundError:  # running from a checkout that was never installed
            value = "0+unknown"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
