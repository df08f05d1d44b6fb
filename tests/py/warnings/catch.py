# catch_warnings: filters and showwarning saved and put back, record=True, the 3.11
# keyword arguments (action, category...), its repr and misuse errors.
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    emit("first")
    emit("second", RuntimeWarning)
    emit("first")
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
w = log[0]
print(type(w).__name__, w.filename.endswith("catch.py"), w.lineno, w.line, w.file, w.source)
print(str(w).replace(w.filename, "FILE"))

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    emit("not shown")
print(warnings.filters == before)

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        emit("an error inside", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
print(warnings.filters == before)

with warnings.catch_warnings(record=True, action="ignore") as log:
    emit("ignored")
print(log)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)

# Nested: the inner one restores the outer's state.
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        emit("inner")
    emit("outer")
print([str(x.message) for x in outer], [str(x.message) for x in inner])
