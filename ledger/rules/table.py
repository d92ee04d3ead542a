"""The one table of the book: each event type and the function that applies it (rules.md, cli.md).

Every handler is named here, so a reader goes from an event type to its rule in one hop and no handler
depends on which module happened to be imported first (beancount lists its plugins the same way).
``ledger.rules.book.handler_for`` imports this table on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledger.rules import (
    assets,
    business,
    closing,
    lending,
    membership,
    opening,
    profiles,
    reversal,
    revolving_grant,
    shu,
    social_fund,
    visits,
)

if TYPE_CHECKING:
    from ledger.rules.book import Handler

HANDLERS: dict[str, Handler] = {
    "group.create": membership.create_group,
    "group.rules": membership.change_rules,
    "group.opening": opening.open_book,
    "group.profile": profiles.group_profile,
    "member.join": membership.join,
    "member.update": membership.update,
    "member.leave": membership.leave,
    "member.profile": profiles.member_profile,
    "member.linkage": profiles.linkage,
    "savings.deposit": membership.deposit,
    "savings.withdraw": membership.withdraw,
    "cash.in": membership.cash_in,
    "cash.out": membership.cash_out,
    "tr.reserve_in": membership.reserve_in,
    "tr.repay": lending.repay_tr,
    "grant.receive": revolving_grant.receive,
    "grant.decline": revolving_grant.decline,
    "grant.pass_on": revolving_grant.pass_on,
    "grant.write_off": lending.write_off_grant,
    "loan.disburse": lending.disburse,
    "loan.pay": lending.pay,
    "loan.write_off": lending.write_off_group,
    "month.close": closing.close_month,
    "month.reopen": closing.reopen_month,
    "reverse": reversal.reverse,
    "shu.allocate": shu.allocate_shu,
    "asset.receive": assets.receive,
    "asset.handover": assets.handover,
    "asset.check": assets.check,
    "asset.dispose": assets.dispose,
    "business.capital": business.capital,
    "business.sale": business.sale,
    "business.purchase": business.purchase,
    "business.cost": business.cost,
    "business.distribute": business.distribute,
    "social.contribute": social_fund.contribute,
    "social.pay": social_fund.pay,
    "visit.record": visits.record,
    "visit.followup_done": visits.followup_done,
}
