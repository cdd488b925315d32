"""Atomic writes: the new content or the old, never half, and no temporary file left behind."""

from __future__ import annotations

import os
import stat

import pytest

from qa import atomic


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "f.txt"
    atomic.write_text(target, "一")
    atomic.write_text(target, "二")
    assert target.read_text(encoding="utf-8") == "二"
    atomic.write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_an_error_mid_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic.open_atomic(target, binary=False) as fh:
        fh.write("half of the new")
        raise RuntimeError("crash")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    atomic.write_text(tmp_path / "f.txt", "x")
    assert stat.S_IMODE((tmp_path / "f.txt").stat().st_mode) == 0o666 & ~umask


def test_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic.write_text(tmp_path / "no" / "f.txt", "x")
