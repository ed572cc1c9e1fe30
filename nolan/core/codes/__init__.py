"""Each council's code of conduct and social media protocol, as data.

The public API other parts use: ``load_code``, ``available_codes``, ``data_dir`` and
``diff_from_base``, the model classes, and the errors. The data and its amendment format
are described in ``loader``; numbering and citation conventions in ``model``.
"""

from nolan.core.codes.diff import Op, ParagraphChange, Status, diff_from_base, word_diff
from nolan.core.codes.errors import CodeDataError, UnknownCode, UnknownProvision
from nolan.core.codes.loader import available_codes, data_dir, load_code
from nolan.core.codes.model import (
    ASSUMPTION_LABELS,
    Assumption,
    Code,
    Document,
    InterestCategory,
    InterestTable,
    Kind,
    Parameters,
    Provenance,
    Provision,
)

__all__ = [
    "ASSUMPTION_LABELS",
    "Assumption",
    "Code",
    "CodeDataError",
    "Document",
    "InterestCategory",
    "InterestTable",
    "Kind",
    "Op",
    "ParagraphChange",
    "Parameters",
    "Provenance",
    "Provision",
    "Status",
    "UnknownCode",
    "UnknownProvision",
    "available_codes",
    "data_dir",
    "diff_from_base",
    "load_code",
    "word_diff",
]
