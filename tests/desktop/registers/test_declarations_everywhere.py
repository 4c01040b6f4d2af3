"""A register is declared in one place, and everything else follows the declarations' single
ordered list: the sidebar, the CLI, the example records (meta-tests: a declared register
missing from any of them fails here)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from desktop.cli.main import main as cli_main
from desktop.registers import definitions, examples
from desktop.registers.ext import ext_for
from desktop.registers.model import Kind
from desktop.registers.service import RegisterService
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[3]
REGISTERS = definitions.all_registers()


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = cli_main([str(a) for a in argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_every_register_is_in_the_sidebar_in_declaration_order(qapp, vault):
    from ui.context import AppContext
    from ui.registers.section import make_sections

    keys = [s.key for s in make_sections(AppContext(vault))]
    assert keys == [f"registers.{r.slug}" for r in REGISTERS]


def test_the_main_window_asks_for_the_register_sections():
    from ui import sections

    assert "ui.registers.section" in sections.SECTION_MODULES
    assert not any(m.startswith("ui.registers.sections.") for m in sections.SECTION_MODULES)
    assert not (ROOT / "ui" / "registers" / "sections").exists()


def test_every_register_is_listed_by_the_cli():
    code, out, _ = run(["registers"])
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
    assert listed == [r.slug for r in REGISTERS]


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_every_register_declares_examples_that_refer_backwards(reg):
    assert reg.examples, f"{reg.slug} declares no example record"
    order = [r.slug for r in REGISTERS]
    for i, ex in enumerate(reg.examples):
        assert set(ex.values) <= {f.name for f in reg.fields}, reg.slug
        assert any(isinstance(v, str) and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", v)
                   for v in ex.values.values()), "examples are written in Japanese"
        for ref in examples.refs_in(ex.values):
            target = definitions.get(ref.slug)
            assert ref.index < len(target.examples)
            if ref.slug == reg.slug:
                assert ref.index < i, "an example refers only to earlier examples of its register"
            else:
                assert order.index(ref.slug) < order.index(reg.slug), "declared before"
            if i == 0:
                assert ref.index == 0, "first examples refer to first examples (tests store only those)"


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_examples_cover_the_required_fields(reg):
    for ex in reg.examples:
        for f in reg.fields:
            if f.required and not f.computed and f.default is None:
                assert ex.values.get(f.name) not in (None, "", []), (reg.slug, f.name)
            if f.kind == Kind.ATTACHMENTS:
                assert f.name not in ex.values


def test_sample_office_fills_an_empty_vault_and_is_refused_on_one_with_records(vault):
    path = vault.path
    vault.close()
    args = ["--vault", path, "--user", ADMIN_ID, "--password-stdin", "sample-office"]
    code, out, err = run(args, ADMIN_PASSWORD + "\n")
    assert code == 0, err
    total = sum(len(r.examples) for r in REGISTERS)
    assert f"合計 {total}件" in out
    for reg in REGISTERS:
        reason = ["--reason", "試験"] if reg.confidential else []
        code, listed, _ = run(["--vault", path, "--user", ADMIN_ID, "--password-stdin", "list", reg.slug,
                               "--format", "csv", *reason], ADMIN_PASSWORD + "\n")
        assert code == 0 and len(listed.strip().splitlines()) - 1 == len(reg.examples), reg.slug
    code, out2, err2 = run(args, ADMIN_PASSWORD + "\n")
    assert code == 1 and "既に" in err2 and f"{total}件" in err2 and out2 == ""


def test_sample_office_is_refused_after_a_single_real_record(vault):
    svc = RegisterService(vault)
    svc.create("staff", {"name": "加賀 太郎"})
    with pytest.raises(examples.VaultNotEmpty, match="1件の記録"):
        examples.fill_office(svc)
    assert svc.count("staff").value == 1  # nothing added


def test_sample_office_is_for_writers_only(vault):
    from desktop.errors import PermissionDenied
    from desktop.session import Session

    vault.session = Session("viewer", "閲覧 者", "viewer")
    with pytest.raises(PermissionDenied):
        examples.fill_office(RegisterService(vault))


def test_special_behaviour_lives_beside_the_register_found_by_slug():
    assert ext_for("exchanges").SLUG == "exchanges"
    assert ext_for("training-sessions") is not None
    assert ext_for("equipment") is None  # most registers have none
    for path in (ROOT / "desktop" / "registers" / "ext").glob("*.py"):
        if path.stem != "__init__":
            assert path.stem.replace("_", "-") in definitions.slugs(), f"{path.name} is named after no register"
    for path in (ROOT / "ui" / "registers" / "ext").glob("*.py"):
        if path.stem != "__init__":
            assert path.stem.replace("_", "-") in definitions.slugs(), f"{path.name} is named after no register"


@pytest.mark.parametrize("rel", ["desktop/registers/service.py", "ui/registers/list_view.py",
                                 "ui/registers/table_model.py"])
def test_the_generic_parts_never_branch_on_a_slug(rel):
    text = (ROOT / rel).read_text(encoding="utf-8")
    assert not re.search(r"slug *== *['\"]", text)
    # the lookup by slug (ui.registers.ext.extras_for) is fine; a named register module is not
    assert not re.search(r"desktop\.registers\.ext|registers\.ext\.[a-z]|registers\.definitions\.[a-z]", text)
