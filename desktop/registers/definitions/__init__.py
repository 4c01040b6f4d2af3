"""The registers, one small module each. Order = sidebar order and CSV import order."""

from __future__ import annotations

from desktop.registers.model import Register

from . import (
    account_reviews,
    accounts,
    audits,
    brought_in,
    changes,
    data_errors,
    dev_projects,
    disposals,
    documents,
    endpoint_checks,
    equipment,
    equipment_checks,
    equipment_moves,
    exchanges,
    external_users,
    firewall_rules,
    handovers,
    incidents,
    inspections,
    maintenance,
    media,
    media_events,
    network_measures,
    other_measures,
    permissions,
    runbooks,
    software,
    staff,
    structure,
    systems,
    training_plans,
    training_sessions,
)

REGISTERS: tuple[Register, ...] = (
    staff.REGISTER,
    structure.REGISTER,
    equipment.REGISTER,
    equipment_checks.REGISTER,
    maintenance.REGISTER,
    exchanges.REGISTER,
    training_plans.REGISTER,
    training_sessions.REGISTER,
    runbooks.REGISTER,
    incidents.REGISTER,
    # -- issue 10: the permission workflow, media, equipment moves, disposal, brought-in devices
    media.REGISTER,
    permissions.REGISTER,
    media_events.REGISTER,
    equipment_moves.REGISTER,
    disposals.REGISTER,
    brought_in.REGISTER,
    # -- issue 11: systems, accounts and reviews, external users, development, endpoints, software
    systems.REGISTER,
    accounts.REGISTER,
    account_reviews.REGISTER,
    external_users.REGISTER,
    dev_projects.REGISTER,
    endpoint_checks.REGISTER,
    software.REGISTER,
    # -- issue 12: documents, firewall rules, network measures, changes, handovers, data errors,
    #    inspections, audits, other measures
    documents.REGISTER,
    firewall_rules.REGISTER,
    network_measures.REGISTER,
    changes.REGISTER,
    handovers.REGISTER,
    data_errors.REGISTER,
    inspections.REGISTER,
    audits.REGISTER,
    other_measures.REGISTER,
)
_BY_SLUG = {r.slug: r for r in REGISTERS}


def all_registers() -> list[Register]:
    return list(REGISTERS)


def slugs() -> list[str]:
    return [r.slug for r in REGISTERS]


def get(slug: str) -> Register:
    from desktop.errors import NotFound
    from desktop.i18n import tr

    try:
        return _BY_SLUG[slug]
    except KeyError:
        raise NotFound(tr("Registers", "台帳「{slug}」はありません。使える台帳: {slugs}").format(
            slug=slug, slugs=", ".join(_BY_SLUG))) from None
