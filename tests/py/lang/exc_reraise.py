# Bare raise re-raises the same user exception object, attributes included.
class Tagged(Exception):
    def __init__(self, tag):
        super(Tagged, self).__init__(tag)
        self.tag = tag
def inner():
    try:
        raise Tagged("t1")
    except Tagged:
        print("inner handler")
        raise
try:
    inner()
except Tagged as e:
    print("outer", e.tag, e)
def finally_case():
    try:
        raise Tagged("t2")
    finally:
        print("finally ran")
try:
    finally_case()
except Exception as e:
    print(type(e).__name__, e.tag)
