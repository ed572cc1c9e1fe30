"""One way to get a council's code (issue 11): ``Council.code``. Outside the pure core only
the places that load a code by its own slug rather than a council's (the code pages, a code's
base) call ``load_code``; the back office's category filter goes through its councils."""

import ast
from pathlib import Path

import nolan

SOURCE = Path(nolan.__file__).parent
BY_A_CODES_OWN_SLUG = {
    "councils/models.py",  # Council.code itself
    "codebook/views.py",  # /codes/<code>/ and its base
    "councils/views.py",  # the council page's link to its code's base
}


def test_a_councils_code_is_got_through_council_code():
    callers = set()
    for path in SOURCE.rglob("*.py"):
        where = str(path.relative_to(SOURCE))
        if where.startswith("core/") or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            name = isinstance(node, ast.Call) and getattr(node.func, "id", "")
            if name == "load_code":
                callers.add(where)
    assert callers <= BY_A_CODES_OWN_SLUG, callers - BY_A_CODES_OWN_SLUG
