"""The model: money, dates, the chart of accounts and journal, events and the group's settings, and the plain
values the rules act on (loans, savings accounts, schedules). Imports nothing else of the ledger."""
