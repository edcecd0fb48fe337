"""The small words inside people's names ("van der Berg", "Ortega y Gasset", "de Gouttes"), in every language."""

from __future__ import annotations

PARTICLES = frozenset(
    ("de del della der den des di da das do dos du van von ter ten la le al el bin ben ibn y e zu af och").split()
)
