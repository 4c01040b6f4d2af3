"""CLI start-up (issue 17). Prints numbers; asserts nothing.

Wall time from spawn to exit of ``daicho --version``, ``daicho --help`` and ``daicho
completion bash`` (the parser is built for each: every command module is imported, the vault
stack is not), against ``python -c pass`` with the same interpreter in the same run. Median of
N runs, interleaved so that a busy moment of the machine hits every command alike; the ratio
to the baseline is printed. The commands that open a vault import the rest inside their
function (``desktop/cli/cmd_*.py``), so they pay for it only when they run.

Run: .venv/bin/python bench/bench_cli_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _daicho() -> list[str]:
    """The installed entry point beside this interpreter, else the module."""
    script = Path(sys.executable).parent / ("daicho.exe" if os.name == "nt" else "daicho")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop.cli.main"]


def _time(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env, cwd=ROOT)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    opts = ap.parse_args()
    home = tempfile.mkdtemp(prefix="daicho-bench-cli-")
    env = dict(os.environ, DAICHO_HOME=home)  # the UI language from a fresh settings file
    daicho = _daicho()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "daicho --version": [*daicho, "--version"],
        "daicho --help": [*daicho, "--help"],
        "daicho completion bash": [*daicho, "completion", "bash"],
    }
    try:
        for argv in cases.values():  # warm the file cache and the byte-code once
            _time(argv, env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(opts.runs):
            for name, argv in cases.items():
                times[name].append(_time(argv, env))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    base = statistics.median(times["python -c pass"])
    print(f"CLI start-up, median of {opts.runs} runs ({' '.join(daicho)})")
    for name, values in times.items():
        med = statistics.median(values)
        extra = f"  x{med / base:.1f}  (+{(med - base) * 1000:.0f} ms)" if name != "python -c pass" else ""
        print(f"  {name:<24} {med * 1000:7.0f} ms{extra}")


if __name__ == "__main__":
    main()
