# Subclasses of zip, filter, map and enumerate pickle naming the subclass, as CPython's
# __reduce__ does (without their attributes), so a 'fork' child gets instances of the subclass
# where the parent left them, with their attributes.
import multiprocessing as mp
import pickle


class Pairs(zip):
    def rest(self):
        return list(self)


class Odd(filter):
    kind = "odd"


class Squares(map):
    pass


class Numbered(enumerate):
    pass


pairs = Pairs(range(4), "abcd")
odd = Odd(lambda n: n % 2, range(8))
squares = Squares(lambda n: n * n, range(5))
numbered = Numbered("xyz", 1)
strict = Pairs([1, 2], [3, 4], strict=True)
for it in (pairs, odd, squares, numbered):
    next(it)
pairs.label = "the pairs"
strict.checked = True

for it in (Pairs([1], [2]), Odd(None, [1]), Squares(abs, [1]), Numbered("a"), strict):
    print(type(it).__name__, it.__reduce__()[0].__name__, len(it.__reduce__()))
    print(type(pickle.loads(pickle.dumps(it))).__name__)
print(zip.__reduce__(strict)[0].__name__, strict.__reduce__()[2])


def child():
    print("child", type(pairs).__name__, pairs.label, strict.checked, pairs.rest(), type(odd).__name__, odd.kind, list(odd))
    print("child", type(squares).__name__, list(squares), type(numbered).__name__, list(numbered))
    try:
        print(list(strict), list(Pairs([1], [2, 3], strict=True)))
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent", next(pairs), next(odd), next(squares), next(numbered), p.exitcode)
