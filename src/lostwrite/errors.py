"""Exceptions that the CLI turns into a one-line error and exit code 2."""


class UsageError(Exception):
    """Bad input from the user: printed as ``lostwrite: error: <message>``, exit 2."""


class SourceError(Exception):
    """A file cannot be decoded, parsed or analysed; the message is the user-facing reason."""
