# ExceptionGroup and BaseExceptionGroup: construction, attributes, split/subgroup/derive.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: ExceptionGroup("m", [ValueError(1)]))
show(lambda: BaseExceptionGroup("m", [ValueError(1)]))
show(lambda: type(BaseExceptionGroup("m", [ValueError(1)])))
show(lambda: type(BaseExceptionGroup("m", [KeyboardInterrupt()])))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("m", 5))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", [1]))
show(lambda: ExceptionGroup("m", [ValueError], 3))
show(lambda: ExceptionGroup("m"))
show(lambda: ExceptionGroup())
show(lambda: ExceptionGroup("m", [ValueError()], x=1))
show(lambda: ExceptionGroup("m", {ValueError()}))
show(lambda: ExceptionGroup("m", (ValueError(1),)).exceptions)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), eg.args, eg.message)
print(str(ExceptionGroup("one", [ValueError()])))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__, ExceptionGroup.__bases__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.split(BaseException)[0] is eg), eg.split(OSError))
print(repr(eg.subgroup((TypeError, KeyError))))
show(lambda: eg.split(1))
show(lambda: eg.split("x"))
d = eg.derive([KeyError(9)])
print(repr(d), type(d))
class MyEG(ExceptionGroup):
    pass
x = MyEG("my", [ValueError(1), TypeError(2)])
print(repr(x), repr(x.split(ValueError)), repr(x.derive([ValueError()])))
class MyEG2(ExceptionGroup):
    def derive(self, excs):
        return MyEG2(self.message + "!", excs)
x = MyEG2("my", [ValueError(1), TypeError(2)])
print(repr(x.split(ValueError)))
try:
    raise eg
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__traceback__ is e.__traceback__, m.__context__, m.__cause__)
show(lambda: MyEG("m", [KeyboardInterrupt()]))
class BEG(BaseExceptionGroup): pass
show(lambda: type(BEG("m", [ValueError()])))
print(ExceptionGroup[int])
show(lambda: setattr(eg, "message", "x"))
