"""The one error the complaint rules raise, in the project's one shape of refusal."""

from nolan.core.errors import Refused


class ComplaintRefused(Refused):
    """A step the rules refuse; ``code`` is stable and is what callers and tests look at."""
