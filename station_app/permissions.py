"""Who may do the guarded actions, and the supervisor override that lets a clerk do them.

A clerk who hits a guarded action asks a supervisor to type their PIN
(``staff.authorize_override``); the service then runs "by the clerk, approved by the
supervisor" and passes that supervisor as ``override`` to ``require``.
"""

from __future__ import annotations

from station_app.i18n import QT_TRANSLATE_NOOP, Message, UserError
from station_app.work import Actor

ACTION_LABELS: dict[str, Message] = {
    "void": QT_TRANSLATE_NOOP("Permissions", "void a payment"),
    "refund": QT_TRANSLATE_NOOP("Permissions", "refund vouchers"),
    "reprint_z": QT_TRANSLATE_NOOP("Permissions", "reprint a Z report"),
    "paid_out": QT_TRANSLATE_NOOP("Permissions", "pay cash out of the drawer"),
    "raise_offline_limit": QT_TRANSLATE_NOOP("Permissions", "raise an offline limit"),
    "settings": QT_TRANSLATE_NOOP("Permissions", "change settings"),
    "staff_admin": QT_TRANSLATE_NOOP("Permissions", "manage staff"),
    "close_other_shift": QT_TRANSLATE_NOOP("Permissions", "close another person's shift"),
    "undo_pickup": QT_TRANSLATE_NOOP("Permissions", "undo a parcel pickup"),
    "view_audit": QT_TRANSLATE_NOOP("Permissions", "view shift history and the audit log"),
}
ACTIONS = frozenset(ACTION_LABELS)

_SUPERVISOR = frozenset(ACTIONS - {"settings", "staff_admin"})
PERMISSIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset(),
    "supervisor": _SUPERVISOR,
    "admin": ACTIONS,
    # The demo seeder and sync act as ``system``; they never perform counter actions.
    "system": frozenset(),
}


class PermissionRefused(UserError):  # noqa: N818 - the name callers know it by
    """The actor's role may not do this; ``action`` keeps which guarded action it was.

    The message's ``{action}`` is the action's English label; the UI may translate
    ``ACTION_LABELS[error.action]`` and put it in instead.
    """

    def __init__(self, action: str, message: Message, **params: object) -> None:
        super().__init__(message, action=ACTION_LABELS[action].source, **params)
        self.action = action


def allowed(role: str, action: str) -> bool:
    assert action in ACTIONS, f"unknown guarded action {action}"
    return action in PERMISSIONS.get(role, frozenset())


def lowest_role_for(action: str) -> str:
    """The least senior role that may do ``action`` (what the refusal asks for)."""
    return "supervisor" if allowed("supervisor", action) else "admin"


def require(actor: Actor, action: str, *, override: Actor | None = None) -> None:
    """Refuse unless the actor, or the supervisor who approved it, may do ``action``."""
    if allowed(actor.role, action):
        return
    if override is not None:
        # Four eyes: the approver is someone else, and their own role allows the action.
        if override.staff_id not in (None, actor.staff_id) and allowed(override.role, action):
            return
        raise PermissionRefused(
            action,
            QT_TRANSLATE_NOOP("Permissions", "{name} may not approve this: {action}."),
            name=override.name,
        )
    if lowest_role_for(action) == "admin":
        raise PermissionRefused(
            action, QT_TRANSLATE_NOOP("Permissions", "Only an admin may {action}.")
        )
    raise PermissionRefused(
        action,
        QT_TRANSLATE_NOOP(
            "Permissions", "Only a supervisor may {action}. A supervisor can approve it with a PIN."
        ),
    )
