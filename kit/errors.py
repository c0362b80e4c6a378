"""The kit's own exceptions: each names the file, the line or field, and what was expected."""

from __future__ import annotations


class KitError(Exception):
    """Base class of every error the kit raises on purpose."""


class DataFileError(KitError):
    """An article, key, taxonomy or work file that is not valid JSON of the expected shape and version."""

    def __init__(self, path: str, field: str, expected: str) -> None:
        self.path, self.field, self.expected = str(path), field, expected
        where = f"{self.path}: field '{field}'" if field else self.path
        super().__init__(f"{where}: {expected}")


class RawPageError(KitError):
    """Raw page text that cannot be imported as an article."""

    def __init__(self, path: str, line: int, expected: str) -> None:
        self.path, self.line, self.expected = str(path), line, expected
        super().__init__(f"{self.path}:{line}: {expected}" if line else f"{self.path}: {expected}")
