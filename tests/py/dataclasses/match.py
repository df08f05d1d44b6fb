# Class patterns of match statements use the __match_args__ a dataclass gets.
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
for p in (P(1, 2), P(0, 5)):
    match p:
        case P(0, y): print('on y axis', y)
        case P(x, y=2): print('x', x, 'y is 2')
