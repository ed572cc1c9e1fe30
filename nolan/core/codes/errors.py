"""Errors raised when a council's code cannot be loaded or a provision is not in it."""

from __future__ import annotations


class CodeDataError(ValueError):
    """A code data file is malformed; the message names the file and the path in it."""

    def __init__(self, file: str, path: str, problem: str) -> None:
        self.file = file
        self.path = path
        self.problem = problem
        super().__init__(f"{file}: at {path or '(top)'}: {problem}")


class UnknownCode(LookupError):
    """No code data exists for this slug; the message lists the valid slugs."""

    def __init__(self, slug: str, valid: tuple[str, ...]) -> None:
        self.slug = slug
        self.valid = valid
        super().__init__(f"no code {slug!r}; valid codes are: {', '.join(valid)}")


class UnknownProvision(LookupError):
    """A provision key is not in a council's effective code."""

    def __init__(self, key: str, slug: str) -> None:
        self.key = key
        self.slug = slug
        super().__init__(f"code {slug!r} has no provision {key!r}")
