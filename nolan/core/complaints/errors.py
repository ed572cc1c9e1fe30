"""The one error the complaint rules raise."""


class ComplaintRefused(ValueError):
    """A step the rules refuse; ``code`` is stable and is what callers and tests look at."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
