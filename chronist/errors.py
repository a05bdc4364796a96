"""One exception hierarchy; every message names the bad value and the fix."""


class ChronistError(Exception):
    """Base of every error Chronist raises on purpose."""


class InputError(ChronistError):
    """A file or value given by the user cannot be read."""


class ConfigError(ChronistError):
    """A pipeline configuration or dictionary file is invalid."""


class StoreError(ChronistError):
    """The database cannot be opened, migrated or written."""


class GoldFormatError(InputError):
    """A gold file does not follow ../shared/eval/FORMAT.md."""
