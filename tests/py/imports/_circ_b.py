import _circ_a
B = 2
