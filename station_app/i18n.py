"""Translatable text in the core, without Qt.

The core marks user-facing text with ``QT_TRANSLATE_NOOP(context, source)``: the name that
``pyside6-lupdate`` collects into the .ts files. Here it returns a ``Message`` that keeps
its context, so the UI can translate it with
``QCoreApplication.translate(message.context, message.source)`` and fill the named
placeholders afterwards. Source text is English; the CLI (a technician's tool) prints it
as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    """A user-facing message: translation context, English source, named placeholders."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def with_params(self, **params: Any) -> Message:
        return Message(self.context, self.source, {**self.params, **params})

    def render(self, translated: str | None = None) -> str:
        return (translated or self.source).format(**self.params)

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:
    """Marks ``source`` for translation in ``context``."""
    return Message(context, source)


class UserError(Exception):
    """A refusal the user should read (bad input, a rule broken): nothing was changed."""

    def __init__(self, message: Message, **params: Any) -> None:
        self.message = message.with_params(**params) if params else message
        super().__init__(self.message.render())
