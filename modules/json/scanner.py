"""JSON token scanner.

gopy's scanner is written in Go (_json.make_scanner): it reads the hooks of the
decoder it is made from once, and is then called as scan_once(string, idx),
which gives (value, end) or raises StopIteration(idx) where no value starts.
"""

import _json

__all__ = ['make_scanner']

c_make_scanner = _json.make_scanner
py_make_scanner = _json.make_scanner
make_scanner = c_make_scanner
