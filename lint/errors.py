"""Errors that end as one clear line and exit code 2, never a traceback."""


class NewslintError(Exception):
    """Base of the errors the CLI reports as one line."""


class ConfigError(NewslintError):
    """A broken config file, rule pack or option."""


class InputError(NewslintError):
    """A file that cannot be read or decoded."""
