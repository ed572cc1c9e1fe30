"""Fixtures of the code data tests."""

from .datacopy import data_copy  # noqa: F401 - a fixture, found by name
