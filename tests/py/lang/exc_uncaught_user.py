# An uncaught user exception: traceback, last line "Name: message", exit status 1.
class DeployError(RuntimeError):
    def __init__(self, host):
        super(DeployError, self).__init__("deploy failed on " + host)
        self.host = host
def deploy():
    raise DeployError("web1")
print("starting")
deploy()
print("not reached")
