"""XML processing (gopy).

Subpackages: etree (ElementTree, the tree API most scripts use), dom (the W3C DOM, with
minidom), sax (event-driven parsing) and parsers (pyexpat, over gopy's own Go scanner).
"""

__all__ = ["dom", "parsers", "sax", "etree"]
