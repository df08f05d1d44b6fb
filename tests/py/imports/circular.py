import _circ_a
print(_circ_a.A, _circ_a._circ_b.B)
