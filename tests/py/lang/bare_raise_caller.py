# A bare raise in a function called from an except clause re-raises the exception being
# handled; with none it is RuntimeError.
import traceback
def reraise():
    raise
try:
    try:
        1/0
    except ZeroDivisionError:
        reraise()
except ZeroDivisionError as e:
    print("reraised", e)
try:
    reraise()
except RuntimeError as e:
    print("RuntimeError:", e)
def inner():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    inner()
except KeyError as e:
    print("handler raise", e)
try:
    try:
        raise ValueError("v")
    finally:
        pass
except ValueError as e:
    print("finally", e)
try:
    try:
        {}["missing"]
    except KeyError:
        reraise()
except KeyError:
    print([line.strip() for line in traceback.format_exc().splitlines() if line.startswith("  File")][-1].split(",")[-1])
