"""Who the student is: $KIT_STUDENT, else the JupyterHub user, else the login name."""

from __future__ import annotations

import getpass
import os
import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    """A name usable as one folder name on every system."""
    cleaned = _UNSAFE.sub("-", name.strip()).strip(".-")
    return cleaned[:64] or "student"


def current_student() -> str:
    for variable in ("KIT_STUDENT", "JUPYTERHUB_USER"):
        if os.environ.get(variable):
            return safe_name(os.environ[variable])
    try:
        return safe_name(getpass.getuser())
    except (KeyError, OSError):
        return "student"
