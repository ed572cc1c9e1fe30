"""A writable copy of the code data, for tests that break it and watch what is refused."""

from __future__ import annotations

import shutil

import pytest

from nolan.core.codes import loader
from nolan.core.screening import citations


def clear_caches():
    """Forget the data read so far, so the next read sees the copy as edited."""
    for cached in (
        loader.available_codes,
        loader.load_code,
        loader._effective,
        citations.entries,
        citations.place_words,
    ):
        cached.cache_clear()


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A writable copy of the code data, loaded instead of the real one."""
    root = tmp_path / "data"
    shutil.copytree(loader.DATA_ROOT, root)
    monkeypatch.setattr(loader, "DATA_ROOT", root)
    clear_caches()
    yield root
    clear_caches()


def edit(path, old, new):
    """Replace the first ``old`` in the file at ``path`` (which must contain it) by ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_st_albans(root):
    """St Albans (invented) adopts the model with a £75 threshold: three data files, no code.

    Tests that must not list councils by name run with it too, as a council added later.
    """
    folder = root / "st-albans"
    folder.mkdir()
    (folder / "code.yaml").write_text(
        "slug: st-albans\n"
        "council: St Albans City and District Council\n"
        "title: Councillors' Code of Conduct\n"
        "base: lga-2020\n"
        "source: An invented council, for this test\n"
        "version: The LGA model as updated in 2021, with a £75 gift threshold\n"
        "adopted: '2022-05-26'\n"
        "parameters:\n  gift_threshold_pounds: 75\n"
        "amendments:\n"
        "  - op: replace\n    key: code.gifts.register\n    text: I register with the"
        " Monitoring Officer any gift or hospitality with an estimated value of at least £75"
        " within 28 days of its receipt.\n",
        encoding="utf-8",
    )
    shutil.copy(root / "chelmsford" / "declarations.yaml", folder)
    (folder / "screening.yaml").write_text("base: lga-2020\namendments: []\n", encoding="utf-8")
    clear_caches()
