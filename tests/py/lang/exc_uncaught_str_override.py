# The traceback's last line uses the exception's own __str__.
class Fancy(Exception):
    def __str__(self):
        return "fancy message"
print("before")
raise Fancy("ignored")
