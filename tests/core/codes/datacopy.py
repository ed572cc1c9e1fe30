"""A writable copy of the code data, for tests that break it and watch what is refused."""

from __future__ import annotations

import shutil

import pytest

from nolan.core.codes import loader
from nolan.core.screening import citations


def _clear_caches():
    for cached in (
        loader.available_codes,
        loader.load_code,
        loader._effective,
        citations.entries,
    ):
        cached.cache_clear()


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A writable copy of the code data, loaded instead of the real one."""
    root = tmp_path / "data"
    shutil.copytree(loader.DATA_ROOT, root)
    monkeypatch.setattr(loader, "DATA_ROOT", root)
    _clear_caches()
    yield root
    _clear_caches()


def edit(path, old, new):
    """Replace the first ``old`` in the file at ``path`` (which must contain it) by ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
