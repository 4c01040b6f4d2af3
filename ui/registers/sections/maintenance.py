"""Sidebar section: the `maintenance` register (see :mod:`ui.registers.section`)."""

from ui.registers.section import make_register_section


def make_section(ctx):
    return make_register_section(ctx, "maintenance")
