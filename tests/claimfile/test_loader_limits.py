"""Hostile or broken files are refused quickly, with one clear problem and no traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimcheck.claimfile.loader import MAX_BYTES, load, loads
from claimcheck.errors import ClaimFileError


def _only_problem(path: str | Path) -> str:
    with pytest.raises(ClaimFileError) as caught:
        load(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: no time spent writing it either
    _only_problem(huge)  # imports and first-use set-up out of the timing
    start = time.process_time()
    message = _only_problem(huge)
    assert time.process_time() - start < 0.1  # CPU time: reading 50 MB would take far longer
    assert message == f"{huge}:1:1: the file is larger than 5 MB; a claim file is far smaller"


def test_a_file_just_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"claims: []\n" + b"#" * MAX_BYTES)
    assert "larger than 5 MB" in _only_problem(path)


def test_long_text_is_refused_by_loads() -> None:
    with pytest.raises(ClaimFileError, match="larger than 5 MB"):
        loads("#" * (MAX_BYTES + 1))


def test_billion_laughs_fails_fast(tmp_path: Path) -> None:
    lines = ['lol0: &l0 "lol"']
    lines += [f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 10)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nclaims: []\n", encoding="utf-8")
    start = time.process_time()
    message = _only_problem(path)
    assert time.process_time() - start < 0.5
    assert "expands to more than 1,000,000 values" in message


def test_deep_nesting_fails_fast() -> None:
    start = time.process_time()
    refused = "nested more than 64 levels deep|exceeded maximum nesting depth"
    with pytest.raises(ClaimFileError, match=refused):
        loads("claims: " + "[" * 1_000_000)
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"claims:\n  - id: a\n    quote: caf\xe9\n",
            "3:15: the file is not UTF-8 text (byte 0xE9)",
        ),
        (b"\xff\xfec\x00l\x00", "1:1: the file is UTF-16 text, not UTF-8"),
        (b"claims: []\n# \xc3\xa9\xc3\n", "2:4: the file is not UTF-8 text (byte 0xC3)"),
    ],
)
def test_bytes_that_are_not_utf8(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(data)
    assert _only_problem(path) == f"{path}:{expected}; save it again as UTF-8"


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    assert _only_problem(path) == f"{path}:1:1: cannot read the file: No such file or directory"


def test_a_folder_is_not_a_claim_file(tmp_path: Path) -> None:
    assert "cannot read the file" in _only_problem(tmp_path)


def test_python_tags_are_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"claims: !!python/object/apply:pathlib.Path.touch [{str(marker)!r}]\n"
    with pytest.raises(ClaimFileError, match="is not allowed"):
        loads(text)
    assert not marker.exists()


def test_a_path_the_system_cannot_name() -> None:
    assert _only_problem("a\0b.yaml") == "a\0b.yaml:1:1: cannot read the file: embedded null byte"
