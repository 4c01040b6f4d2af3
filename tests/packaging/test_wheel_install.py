"""The wheel, installed into a fresh venv outside the checkout, runs the whole chain.

Cheap and offline by construction (about 20-40 s here):
- the sdist and then the wheel are built from a copy of the sources with setuptools' PEP 517
  hooks in THIS interpreter (no build isolation, so no download; PySide6's lrelease from the
  dev venv compiles the translations) — building the wheel from the unpacked sdist also
  proves the sdist is complete;
- the fresh venv gets no pip and no dependencies of its own: the dev venv's pip installs the
  wheel into it (``pip --python``, ``--no-deps --no-index``), and a ``.pth`` file appends the
  dev venv's site-packages (a plain path: the editable finder of the checkout is NOT
  activated, so ``desktop`` can only come from the wheel). ``pip check`` then proves the
  wheel's declared dependencies are met by the locked set;
- every command runs with the working directory outside the checkout and no PYTHONPATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "Kanazawa-Castle-2026!"
SOURCES = ("desktop", "ui", "db_migrations", "resources", "docs", "packaging", "setup.py", "pyproject.toml",
           "MANIFEST.in", "README.md")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info", "_data")

pytestmark = pytest.mark.slow


def _pep517(hook: str, source: Path, out: Path) -> Path:
    code = f"import sys; from setuptools import build_meta as b; print(b.{hook}(sys.argv[1]))"
    proc = subprocess.run([sys.executable, "-c", code, str(out)], cwd=source, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out / proc.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheelbuild")
    src = work / "src"
    src.mkdir()
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=IGNORE)
        else:
            shutil.copy2(path, src / name)
    dist = work / "dist"
    dist.mkdir()
    sdist = _pep517("build_sdist", src, dist)
    with tarfile.open(sdist) as tar:
        tar.extractall(work / "unpacked", filter="data")
    (unpacked,) = (work / "unpacked").iterdir()
    return _pep517("build_wheel", unpacked, dist)


def _run(cmd, *, cwd: Path, env: dict, stdin: str = "", ok: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=300)
    if ok:
        assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("wheelvenv")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "zz_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DAICHO_RESOURCES", "DAICHO_VAULT")}
    env.update(DAICHO_HOME=str(root / "home"), QT_QPA_PLATFORM="offscreen")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
          str(wheel)], cwd=root, env=env)
    return {"root": root, "python": python, "daicho": bindir / ("daicho.exe" if os.name == "nt" else "daicho"),
            "env": env}


def test_the_wheel_carries_migrations_translations_icons_and_the_manual(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    manual = {p.relative_to(REPO).as_posix() for p in (REPO / "docs/manual").rglob("*.md")}
    assert len(manual) >= 9 and {f"desktop/_data/{n}" for n in manual} <= names
    sql = {p.name for p in (REPO / "db_migrations").glob("*.sql")}
    assert {f"desktop/_data/db_migrations/{n}" for n in sql} <= names
    assert {f"desktop/_data/resources/icons/{p.name}" for p in (REPO / "resources/icons").glob("*.svg")} <= names
    assert {f"desktop/_data/resources/i18n/{p.stem}.qm" for p in (REPO / "resources/i18n").glob("*.ts")} <= names
    assert not [n for n in names if n.endswith(".ts")]


def test_installed_wheel_runs_init_verify_import_render_backup(installed):
    root, python, daicho, env = (installed[k] for k in ("root", "python", "daicho", "env"))
    probe = _run([str(python), "-c", "import desktop, desktop.paths as p; print(desktop.__file__); "
                  "print(p.resource_root())"], cwd=root, env=env).stdout.splitlines()
    assert Path(probe[0]).resolve().is_relative_to(root.resolve())  # the wheel's copy, not the checkout's
    assert Path(probe[1]).name == "_data" and Path(probe[1]).resolve().is_relative_to(root.resolve())
    _run([sys.executable, "-m", "pip", "--python", str(python), "check"], cwd=root, env=env)

    vault = root / "office" / "daicho.vault"
    auth = [str(daicho), "--vault", str(vault), "--user", "admin", "--password-stdin"]
    init = _run([str(daicho), "--vault", str(vault), "init", "--office-name", "株式会社テスト", "--admin", "admin",
                 "--no-terminal-binding"], cwd=root, env=env, stdin=ADMIN_PASSWORD + "\n")
    assert len(init.stdout.strip()) >= 32  # the recovery key
    _run([*auth, "verify"], cwd=root, env=env, stdin=ADMIN_PASSWORD + "\n")

    csv = root / "staff.csv"
    csv.write_text("氏名,所属\n佐藤 花子,総務部\n鈴木 一郎,開発部\n", encoding="utf-8-sig")
    out = _run([*auth, "import", "staff", str(csv)], cwd=root, env=env, stdin=ADMIN_PASSWORD + "\n").stdout
    assert "2件を取り込みました" in out

    pdf = root / "roster.pdf"
    _run([*auth, "submittal", "render", "staff-roster", "--as-of", "2026-04-01", "--out", str(pdf)],
         cwd=root, env=env, stdin=ADMIN_PASSWORD + "\n")
    assert pdf.read_bytes().startswith(b"%PDF-") and b"%%EOF" in pdf.read_bytes()[-1024:]

    backup = root / "backup.daicho-backup"
    passphrase = "Noto-Peninsula-Wind-2026"
    _run([*auth, "backup", "export", str(backup)], cwd=root, env=env,
         stdin=f"{ADMIN_PASSWORD}\n{passphrase}\n")
    verified = _run([str(daicho), "backup", "verify", str(backup)], cwd=root, env=env, stdin=passphrase + "\n")
    assert "Traceback" not in verified.stderr


def test_the_manual_reads_from_the_installed_package(installed):
    """F1's help window (ui/widgets/help.py) finds the manual in the wheel's data, outside the
    checkout: every page reads, the backup page is the current one."""
    root, python, env = (installed[k] for k in ("root", "python", "env"))
    code = ("from ui.widgets import help as m\n"
            "print(m.MANUAL_DIR)\n"
            "missing = [s for s, _ in m.PAGES if not m.page_path(s).is_file()]\n"
            "print(','.join(missing) or '-')\n"
            "print(m.page_markdown('backup').splitlines()[0])\n"
            "print('定期バックアップ' in m.page_markdown('backup'))\n")
    lines = _run([str(python), "-c", code], cwd=root, env=env).stdout.splitlines()
    assert Path(lines[0]).resolve().is_relative_to(root.resolve()) and Path(lines[0]).parts[-3:] == (
        "_data", "docs", "manual")
    assert lines[1] == "-"
    assert lines[2] == (REPO / "docs/manual/backup.md").read_text(encoding="utf-8").splitlines()[0]
    assert lines[3] == "True"


def test_missing_data_is_named_and_leaves_no_stray_files(installed):
    root, python, daicho, env = (installed[k] for k in ("root", "python", "daicho", "env"))
    empty = root / "empty-resources"
    (empty / "resources").mkdir(parents=True, exist_ok=True)
    vault = root / "broken" / "daicho.vault"
    vault.parent.mkdir()
    proc = _run([str(daicho), "--vault", str(vault), "init", "--office-name", "x", "--admin", "admin",
                 "--no-terminal-binding"], cwd=root, env={**env, "DAICHO_RESOURCES": str(empty)},
                stdin=ADMIN_PASSWORD + "\n", ok=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "db_migrations" in proc.stderr and "見つかりません" in proc.stderr
    assert list(vault.parent.iterdir()) == []
