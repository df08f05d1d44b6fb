# input() (stdin is /dev/null here: EOFError after the prompt), exit()/quit() and their repr,
# __debug__, pow() with a modulus (negative exponents: modular inverses), StopAsyncIteration,
# EncodingWarning.
try:
    x = input("prompt> ")
except EOFError as e:
    print("EOFError", e)
print(repr(exit), repr(quit), type(exit).__name__, str(exit))
print(pow(3, -1, 7), pow(-3, -2, 7), pow(2, 10, -7), pow(38, -1, 97), pow(2, 100, 10**9+7), pow(2, 10), pow(2.0, -1), pow(2, -2), pow(7, 2, 5))
for a in [(2,-1,4),(2,3,0),(2.0,3,4),(2,-1,1)]:
  try: print(pow(*a))
  except Exception as e: print(type(e).__name__, e)
print(pow(base=2, exp=5, mod=3))
try: exit(3)
except SystemExit as e: print('exit', e.code)
try: quit()
except SystemExit as e: print('quit', e.code)
print(__debug__)

print(StopAsyncIteration.__mro__, EncodingWarning.__mro__, repr(StopAsyncIteration("x")))
try: raise StopAsyncIteration(1)
except Exception as e: print(type(e).__name__, e.args)
class W(EncodingWarning): pass
print(issubclass(W, Warning))
exit("bye")
