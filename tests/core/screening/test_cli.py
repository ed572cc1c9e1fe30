"""``nolan screen``: JSON Lines in, one line out per line in, errors named by line."""

import io
import json

from nolan.core.screening.cli import run


def screen_lines(lines, code="welwyn-hatfield", context=None):
    out, err = io.StringIO(), io.StringIO()
    status = run(code, context, io.StringIO("".join(line + "\n" for line in lines)), out, err)
    return status, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_each_post_gets_one_output_line_in_order():
    status, out, _ = screen_lines(
        [
            json.dumps({"id": "a", "text": "Cllr Smith is an idiot"}),
            json.dumps({"id": "b", "text": "Bins on Tuesday", "account": "official"}),
        ]
    )
    assert status == 0
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["findings"][0]["category"] == "respect"
    assert set(out[0]["findings"][0]) == {
        "category",
        "severity",
        "rule",
        "paragraphs",
        "start",
        "end",
        "quote",
        "explanation",
        "suggestion",
    }
    assert out[1] == {
        "id": "b",
        "capacity": {"value": "official", "reasons": ["official_account"]},
        "findings": [],
    }


def test_a_malformed_line_gets_an_error_naming_the_line_and_others_are_still_screened():
    status, out, err = screen_lines(
        [
            json.dumps({"id": 1, "text": "fine"}),
            "{not json",
            json.dumps({"id": 3, "text": "also fine"}),
        ]
    )
    assert status == 1
    assert len(out) == 3
    assert out[1]["error"]["line"] == 2
    assert out[1]["error"]["code"] == "invalid-json"
    assert out[2]["id"] == 3 and out[2]["findings"] == []
    assert "line 2" in err


def test_a_post_without_text_or_with_a_naive_time_is_an_error_for_that_line():
    status, out, _ = screen_lines(
        [
            json.dumps({"id": 1}),
            json.dumps({"id": 2, "text": "x", "posted_at": "2026-05-01T09:00:00"}),
            json.dumps({"id": 3, "text": "x", "account": "work"}),
        ]
    )
    assert status == 1
    assert [o["error"]["code"] for o in out] == ["bad-text", "naive-posted-at", "bad-account"]
    assert [o["id"] for o in out] == [1, 2, 3]


def test_an_unknown_council_stops_with_usage_status():
    status, out, err = screen_lines([json.dumps({"id": 1, "text": "x"})], code="atlantis")
    assert status == 2 and out == [] and "atlantis" in err


def test_a_context_file_with_a_bad_kind_names_the_field(tmp_path):
    path = tmp_path / "context.json"
    path.write_text(json.dumps({"pending_matters": [{"ref": "1", "title": "t", "kind": "zoning"}]}))
    status, _, err = screen_lines([], context=path)
    assert status == 2 and "pending_matters[0].kind" in err


def test_the_context_file_feeds_the_rules(tmp_path):
    path = tmp_path / "context.json"
    path.write_text(
        json.dumps({"exempt_items": [{"title": "Depot sale", "keywords": ["Brookfield Homes"]}]})
    )
    status, out, _ = screen_lines(
        [json.dumps({"id": 1, "text": "The buyer is Brookfield Homes."})], context=path
    )
    assert status == 0
    assert "confidentiality" in {f["category"] for f in out[0]["findings"]}


def test_the_nolan_screen_command_screens_stdin_and_reports_bad_lines():
    import subprocess
    import sys
    from pathlib import Path

    nolan = Path(sys.executable).with_name("nolan")
    lines = json.dumps({"id": "a", "text": "Cllr Smith is an idiot"}) + "\n{oops\n"
    done = subprocess.run(
        [str(nolan), "screen", "--code", "bexley"],
        input=lines,
        capture_output=True,
        text=True,
        check=False,
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1
    assert out[0]["findings"][0]["category"] == "respect"
    assert out[1]["error"]["line"] == 2
    assert "line 2" in done.stderr


def test_a_deeply_nested_line_is_an_error_for_that_line_and_later_lines_are_screened():
    status, out, err = screen_lines(
        ["[" * 40_000 + "]" * 40_000, json.dumps({"id": 2, "text": "Cllr Smith is an idiot"})]
    )
    assert status == 1
    assert out[0] == {
        "id": None,
        "error": {"line": 1, "code": "too-deep", "message": out[0]["error"]["message"]},
    }
    assert out[1]["id"] == 2 and out[1]["findings"][0]["category"] == "respect"
    assert "line 1" in err


def test_a_line_over_the_size_limit_is_refused_and_the_next_line_is_screened():
    from nolan.core.screening.jsonio import MAX_LINE_CHARS

    huge = json.dumps({"id": 1, "text": "x" * (MAX_LINE_CHARS * 3)})
    longest = json.dumps({"id": 3, "text": "y" * (MAX_LINE_CHARS - 100)})
    status, out, _ = screen_lines([huge, json.dumps({"id": 2, "text": "fine"}), longest])
    assert status == 1
    assert out[0]["error"]["code"] == "too-large"
    assert [o["id"] for o in out[1:]] == [2, 3]
    assert "error" not in out[1] and "error" not in out[2]


def test_a_deeply_nested_context_file_stops_with_usage_status(tmp_path):
    path = tmp_path / "context.json"
    path.write_text('{"officers": ' + "[" * 50_000 + "]" * 50_000 + "}")
    status, out, err = screen_lines([json.dumps({"id": 1, "text": "x"})], context=path)
    assert status == 2 and out == [] and "context.json" in err


def test_the_nolan_screen_command_answers_the_lines_after_a_deeply_nested_one():
    import subprocess
    import sys
    from pathlib import Path

    nolan = Path(sys.executable).with_name("nolan")
    lines = "[" * 100_000 + "\n" + json.dumps({"id": "b", "text": "Cllr Smith is an idiot"}) + "\n"
    done = subprocess.run(
        [str(nolan), "screen", "--code", "bexley"],
        input=lines,
        capture_output=True,
        text=True,
        check=False,
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1
    assert out[0]["error"]["code"] == "too-deep"
    assert out[1]["id"] == "b" and out[1]["findings"][0]["category"] == "respect"
    assert "Traceback" not in done.stderr
