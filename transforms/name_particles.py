"""The small words inside people's names ("van der Berg", "Ortega y Gasset", "de Gouttes"), in every language."""

from __future__ import annotations

PARTICLES = frozenset(
    ("de del della der den des di da das do dos du van von ter ten la le al el bin ben ibn y e zu af och").split()
)
# An Arabic article printed in lower case and joined to the name by a hyphen: "el-KHOURI", "al-Sabah".
ARABIC_ARTICLE = r"(?:al|el|ul|as|ash|ad|an|ar|at|az)-"
