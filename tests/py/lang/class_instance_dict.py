# Instance attributes: insertion order, __dict__ aliasing, class attributes and shadowing.
class Config:
    debug = False
    retries = 3
    def __init__(self):
        self.name = "cfg"
        self.debug = True
c = Config()
c.zeta = 1
c.alpha = 2
print(list(c.__dict__.keys()) == ["name", "debug", "zeta", "alpha"] or sorted(c.__dict__) == ["alpha", "debug", "name", "zeta"])
print(c.debug, Config.debug, c.retries)
c.__dict__["retries"] = 5
print(c.retries, Config.retries)
del c.retries
print(c.retries)
Config.retries = 9
print(c.retries, Config().retries)
class Child(Config):
    retries = 1
print(Child().retries, Child().debug, Child.debug)
