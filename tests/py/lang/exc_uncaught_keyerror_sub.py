# A KeyError subclass raised uncaught: the message is the repr of the key.
class MissingSetting(KeyError):
    pass
raise MissingSetting("timeout")
