"""The collector is off inside paused_gc and back as it was afterwards, also after an error."""

from __future__ import annotations

import gc

import pytest

from desktop.gcpause import paused_gc


def test_paused_and_restored():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
