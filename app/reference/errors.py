"""The single error type of the reference package."""


class ReferenceDataError(Exception):
    """Reference data is missing, unreadable or invalid.

    The message is Swedish and written for the end user, because a broken or
    foreign benchmark file is something the user can act on (e.g. pick another
    file), not a programming error.
    """
