"""Great Expectations' Data Docs page views, with their compiled templates kept between builds.

GX builds a new Jinja environment for every view of every build, so each night's site compiled the
same fifty templates again: about a third of a build's time. These views are GX's own, named in the
site's configuration (its documented place for custom views), with one change: Jinja's bytecode
cache, in Jinja's per-user folder of the system's temporary directory, which Jinja keeps private
(0700) and checks against each template's source before use.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache

from expectations.gx_loader import great_expectations

great_expectations()  # GX's own import first, so that it defers what the site never uses
from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView  # noqa: E402

# The compiled code depends on the environment's options, the same for every view here, and on
# Jinja's and Python's versions, which the cache checks itself.
_COMPILED_TEMPLATES = FileSystemBytecodeCache(pattern="records-data-docs-%s.cache")


class _KeepsCompiledTemplates:
    """Gives a GX view's Jinja environment the shared bytecode cache, once GX has built it."""

    env: Environment

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.bytecode_cache = _COMPILED_TEMPLATES


class CachedJinjaPageView(_KeepsCompiledTemplates, DefaultJinjaPageView):
    """A suite's or a validation's page."""


class CachedJinjaIndexPageView(_KeepsCompiledTemplates, DefaultJinjaIndexPageView):
    """The site's index."""
