"""Great Expectations, imported without the libraries that only an expectation we never run needs.

Importing GX 1.x costs about 5 s of CPU on these machines, and every process that validates pays
it: each night's run, each backfill window's worker, each `records` command that checks. About
half of it is scipy.stats and altair, which GX imports at the top of one module,
`expect_column_kl_divergence_to_be_less_than`, and uses only inside that expectation's methods.
Standing placeholders for both in `sys.modules` before GX is first imported defers their cost to first use,
which our suites never reach; a suite that did add that expectation would load them then, with
nothing else to change.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

# Imported by GX at module level, used only when a KL-divergence expectation runs or renders.
_USED_ONLY_BY_KL_DIVERGENCE = ("scipy.stats", "altair")


def great_expectations() -> ModuleType:
    """The `great_expectations` package, imported once per process with its unused imports deferred."""
    if "great_expectations" not in sys.modules:
        for name in _USED_ONLY_BY_KL_DIVERGENCE:
            _defer(name)
    import great_expectations

    return great_expectations


def _defer(name: str) -> None:
    """Stand a placeholder for module `name` in `sys.modules` that imports it when first used."""
    if name in sys.modules or importlib.util.find_spec(name) is None:
        return  # loaded already, or not installed (GX's own import then reports it)
    placeholder = _Deferred(name)
    sys.modules[name] = placeholder
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, placeholder)


class _Deferred(ModuleType):
    """A module that imports the real one on the first attribute it lacks, then forwards to it.

    Not `importlib.util.LazyLoader`: on Python 3.11, `import name` itself reads the module's
    `__spec__`, which makes a LazyLoader module load at once.
    """

    def __getattr__(self, attribute: str) -> object:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attribute)
