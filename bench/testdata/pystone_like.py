# A pystone-like workload: records with attributes, global state, small procedures,
# integer arithmetic, comparisons, while and for loops, list indexing and characters.
# Written for this benchmark; it runs unchanged under CPython, gpython and gopy.

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Record:
    def __init__(self, link=None, kind=0, enum=0, num=0, text=""):
        self.link = link
        self.kind = kind
        self.enum = enum
        self.num = num
        self.text = text

    def copy(self):
        return Record(self.link, self.kind, self.enum, self.num, self.text)


glob_int = 0
glob_bool = False
glob_char1 = "A"
glob_char2 = "A"
glob_array1 = [0] * 51
glob_array2 = [[0] * 51 for _ in range(51)]
glob_ptr = None
glob_next = None


def proc_record(rec):
    nxt = rec.link
    nxt.__init__(glob_next, glob_ptr.kind, glob_ptr.enum, glob_ptr.num, glob_ptr.text)
    rec.num = 5
    nxt.num = rec.num
    nxt.link = set_link(nxt.link)
    if nxt.kind == 0:
        nxt.num = 6
        nxt.enum = choose(rec.enum)
        nxt.num = add_small(nxt.num, 10)
    else:
        rec = nxt.copy()
    return rec


def advance(n):
    loc = n + 10
    while True:
        if glob_char1 == "A":
            loc = loc - 1
            n = loc - glob_int
            enum = IDENT1
        if enum == IDENT1:
            break
    return n


def set_link(ptr):
    global glob_int
    if glob_ptr is not None:
        ptr = glob_next
    else:
        glob_int = 100
    glob_ptr.num = add_small(10, glob_int)
    return ptr


def flag_chars():
    global glob_bool, glob_char2
    glob_bool = glob_char1 == "A" or glob_bool
    glob_char2 = "B"


def choose(e):
    if e == IDENT1:
        return IDENT1
    elif e == IDENT2:
        return IDENT2 if glob_int > 100 else IDENT4
    elif e == IDENT3:
        return IDENT2
    elif e == IDENT4:
        return IDENT3
    return IDENT3


def add_small(a, b):
    c = a + 2
    return b + c


def fill_arrays(a1, a2, i, j):
    global glob_int
    loc = i + 5
    a1[loc] = j
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for k in range(loc, loc + 2):
        a2[loc][k] = loc
    a2[loc][loc - 1] = a2[loc][loc - 1] + 1
    a2[loc + 20][loc] = a1[loc]
    glob_int = 5


def same_char(c1, c2):
    if c1 != c2:
        return IDENT1
    return IDENT2


def compare_strings(s1, s2):
    i = 1
    while i <= 1:
        if same_char(s1[i], s2[i + 1]) == IDENT1:
            i = i + 1
    if s1 > s2:
        return True
    return False


def run(loops):
    global glob_int, glob_bool, glob_char1, glob_char2, glob_ptr, glob_next
    glob_next = Record()
    glob_next.link = glob_next
    glob_ptr = Record(glob_next, 0, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    glob_array2[8][7] = 10
    total = 0
    for i in range(loops):
        flag_chars()
        glob_char1 = "A"
        x, y = 2, 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        glob_bool = not compare_strings(s1, s2)
        while x < y:
            z = 5 * x - y
            z = add_small(x, y)
            x = x + 1
        fill_arrays(glob_array1, glob_array2, x, z)
        glob_ptr = proc_record(glob_ptr)
        c = "A"
        while c <= glob_char2:
            if e == same_char(c, "C"):
                e = choose(IDENT1)
            c = chr(ord(c) + 1)
        y = y * x
        x = y // z
        y = 7 * (y - z) - x
        x = advance(x)
        total += x + y + z
    return total


print(run(LOOPS))
