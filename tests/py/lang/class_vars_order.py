# vars() and __dict__ list attributes in the order they were set, and stay live.
class Job:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.attempts = 0
j = Job("build", 2)
print(vars(j))
j.zzz = 1
j.aaa = 2
print(j.__dict__, list(vars(j)))
j.__dict__["direct"] = 3
print(j.direct, vars(j) is j.__dict__)
del j.name
print(vars(j))
j.__dict__.update({"priority": 9, "extra": True})
print(j.priority, j.extra, len(vars(j)))
j.__dict__ = {"fresh": 1}
print(vars(j), hasattr(j, "priority"))
