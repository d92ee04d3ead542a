"""One root error for every refusal the ledger can give; each message says what is wrong and what to do."""


class Refusal(Exception):
    """A business event the rules do not allow. Expected, never a crash: the message is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidEvent(Refusal):
    """The event itself is malformed: unknown type or key, a missing key, a bad amount or date."""


class UnknownGroup(Refusal):
    """The group named in a command or event is not in this book."""


class LineRefused(Refusal):
    """A line of a batch was refused; nothing of the batch is kept."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.reason = message
