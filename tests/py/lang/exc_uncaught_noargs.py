# An uncaught user exception without arguments prints only its name.
class Quiet(Exception):
    pass
raise Quiet
