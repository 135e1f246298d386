"""The two kinds of failure the service reports; messages are one line that says what and where."""


class StoreError(Exception):
    """The operation ran and found a problem (a damaged database, a full disk): exit code 1."""


class InputError(StoreError):
    """Bad input (an unknown id, an impossible value): exit code 2. Nothing was written."""
