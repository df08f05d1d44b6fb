class Config:
    base = 10
    double = base * 2
    names = ['a', 'b']
    upper = [n.upper() for n in names]
    def method(self):
        return self.base
    __private = 'hidden'
    def reveal(self):
        return self.__private

c = Config()
print(Config.double, Config.upper, c.method(), c.reveal())
print(hasattr(c, '_Config__private'), hasattr(c, '__private'))
print(Config.__qualname__, Config.method.__qualname__)

def factory():
    class Local:
        def m(self):
            pass
    return Local
print(factory().__qualname__, factory().m.__qualname__)
