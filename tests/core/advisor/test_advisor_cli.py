"""``nolan declare``: JSON in, JSON out, and bad input refused with the key named."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nolan.core.advisor.cli import BAD_INPUT, run

ADVICE_KEYS = {
    "declare",
    "disclose_nature",
    "may_speak",
    "may_vote",
    "may_remain",
    "notify_monitoring_officer",
    "paragraphs",
    "explanation",
    "ambiguous",
}


def test_one_situation_gives_one_advice_object():
    result = run("bexley", json.dumps({"interest": "dpi", "relation": "directly_relates"}))
    assert result.exit_code == 0 and result.stderr == ""
    advice = json.loads(result.stdout)
    assert ADVICE_KEYS <= advice.keys()
    assert advice["paragraphs"] == ["4"]
    assert (advice["declare"], advice["may_vote"], advice["may_remain"]) == (True, False, False)


def test_a_list_gives_advice_in_the_same_order():
    situations = [
        {"interest": "friend", "relation": "affects"},
        {"interest": "dpi", "relation": "directly_relates", "cabinet_executive": True},
        {"interest": "ori", "relation": "directly_relates", "public_may_speak": True},
    ]
    result = run("bexley", json.dumps(situations))
    answers = json.loads(result.stdout)
    assert [a["paragraphs"] for a in answers] == [[], ["4", "5"], ["6"]]
    assert [a["ambiguous"] for a in answers] == [False, False, True]
    assert answers[1]["notify_monitoring_officer"] is True


def test_absent_booleans_mean_false():
    bare = run("welwyn-hatfield", json.dumps({"interest": "ori", "relation": "directly_relates"}))
    explicit = run(
        "welwyn-hatfield",
        json.dumps(
            {
                "interest": "ori",
                "relation": "directly_relates",
                "public_may_speak": False,
                "dispensation": False,
                "sensitive": False,
            }
        ),
    )
    assert bare == explicit


@pytest.mark.parametrize(
    ("stdin", "named"),
    [
        ('{"interest": "dpi", "relation": "affects", "colour": "red"}', "'colour'"),
        ('{"interest": "cousin", "relation": "affects"}', "'interest'"),
        ('{"interest": "dpi"}', "'relation'"),
        ('{"interest": "dpi", "relation": "affects", "sensitive": "yes"}', "'sensitive'"),
        ('{"interest": "dpi", "relation": "affects", "dispensation": 1}', "'dispensation'"),
        (
            '[{"interest": "dpi", "relation": "affects"}, {"interest": 3, "relation": "affects"}]',
            "index 1",
        ),
        ("[1]", "index 0"),
        ('"dpi"', "JSON object"),
        ("{not json", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "too-deep"),
        ('{"interest": "dpi", "relation": "affects"}' + " " * 1_000_000, "too-large"),
    ],
)
def test_bad_input_names_the_problem_and_writes_nothing(stdin, named):
    result = run("lga-2020", stdin)
    assert result.exit_code == BAD_INPUT
    assert result.stdout == ""
    assert named in result.stderr


def test_unknown_code_is_refused_listing_the_valid_ones():
    result = run("atlantis", '{"interest": "dpi", "relation": "affects"}')
    assert result.exit_code == BAD_INPUT
    assert result.stdout == ""
    assert "'atlantis'" in result.stderr and "welwyn-hatfield" in result.stderr


def declare_command(stdin: str) -> subprocess.CompletedProcess[str]:
    """Run the installed ``nolan declare --code welwyn-hatfield`` console command."""
    script = Path(sys.executable).with_name("nolan")
    executable = str(script) if script.exists() else shutil.which("nolan")
    assert executable, "the `nolan` console script is not installed (pip install -e .)"
    return subprocess.run(  # noqa: S603 - fixed argv, our own console script
        [executable, "declare", "--code", "welwyn-hatfield"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_real_console_command_round_trips_a_list():
    situations = [
        {"interest": "relative", "relation": "affects", "greater_than_majority": True},
        {"interest": "dpi", "relation": "directly_relates", "sensitive": True},
    ]
    completed = declare_command(json.dumps(situations))
    assert completed.returncode == 0, completed.stderr
    answers = json.loads(completed.stdout)
    assert [a["paragraphs"] for a in answers] == [["8"], ["5"]]
    assert answers[1]["disclose_nature"] is False


def test_real_console_command_exits_2_on_bad_input():
    completed = declare_command('{"interest": "dpi", "relation": "sideways"}')
    assert completed.returncode == BAD_INPUT
    assert completed.stdout == ""
    assert "'relation'" in completed.stderr


def test_real_console_command_exits_2_on_deeply_nested_or_huge_input():
    deep = declare_command("[" * 100_000 + "]" * 100_000)
    assert (deep.returncode, deep.stdout) == (BAD_INPUT, "")
    assert "too-deep" in deep.stderr and "Traceback" not in deep.stderr
    huge = declare_command(
        "[" + ", ".join(['{"interest": "dpi", "relation": "affects"}'] * 30_000) + "]"
    )
    assert (huge.returncode, huge.stdout) == (BAD_INPUT, "")
    assert "too-large" in huge.stderr
