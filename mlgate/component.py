"""The one way to declare an mlgate component.

``@component`` is ``kfp.dsl.component`` with the choices every mlgate component
shares: the base image comes from the image lock, KFP itself is not pip-installed
at run time (it is in the image), and no package is installed at run time at
all, so a task behind a firewall runs exactly what the image holds.

The decorated function is a thin shell: it imports the plain-Python logic
(``components/<name>/logic.py``) inside its body, because KFP ships only the
function's source to the executor, and maps artifacts and parameters onto it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mlgate.gitops.image_lock import load_image_lock

__all__ = ["component"]


def component(func: Callable[..., Any] | None = None, *, image: str = "runtime") -> Any:
    """Turns ``func`` into a KFP component that runs in the locked mlgate ``image``.

    Use as ``@component``, or ``@component(image="redaction")`` for a component that
    needs the redaction stack (spaCy and its model), which only that image carries.
    """
    from kfp import dsl

    def decorate(fn: Callable[..., Any]) -> Any:
        return dsl.component(
            fn, base_image=load_image_lock(image=image).reference, install_kfp_package=False
        )

    return decorate if func is None else decorate(func)
