import getopt
print(getopt.getopt(["-a", "-b", "val", "-cval2", "--long", "--with=3", "rest", "-z"], "ab:c:", ["long", "with="]))
print(getopt.getopt(["--witho", "x"], "", ["with=", "without"]))
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "--", "-b"], "ab", ["long"]))
print(getopt.gnu_getopt(["x", "-a"], "+a"))
print(getopt.getopt(["-", "-a"], "a"))
for args, short, longs in [(["-x"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["long"]),
                           (["--w"], "", ["with=", "without"]), (["--long=1"], "", ["long"]),
                           (["--with"], "", ["with="])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(repr(e.msg), repr(e.opt), str(e), e.args)
print(getopt.error is getopt.GetoptError)
