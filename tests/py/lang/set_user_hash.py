# Sets deduplicate with user __hash__/__eq__, and 1, 1.0 and True are one member.
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, o):
        return self.x == o.x
    def __repr__(self):
        return 'P(%r)' % self.x
print({P(1), P(1), P(2)}, P(2) in {P(2)})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, 2, 2.0, 3}))
