# A module imported by fork_user_module.py: its top-level code runs once, in the parent.
print("importing _forkmod")
state = {"calls": 0}
level = 1

class Thing:
    kind = "thing"
    def __init__(self, n):
        self.n = n
    def total(self):
        return self.n + level

def bump():
    global level
    level += 1
    state["calls"] += 1
