"""The rules: the group's book (``book.GroupBook``), replayed event by event through the one handler table
(``table.HANDLERS``), each handler beside the rule it applies (rules.md). Imports only the model."""
