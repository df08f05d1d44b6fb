# html.parser on generated documents: random mixes of markup fragments fed
# in random pieces; each document prints a digest of its events (and any
# exception), so any difference from python3 shows up as a changed line.
import hashlib

from _recorder import Recorder

FRAGMENTS = [
    "<", ">", "/", "&", ";", "#", "=", "'", '"', " ", "\n", "\t", "-", "!", "?", "[", "]",
    "a", "B", "x1", "p", "div", "SCRIPT", "style", "br", "amp", "lt", "copy", "x41", "65",
    "<a href=", "<p>", "</p>", "<br/>", "<img src='i' />", "<!--", "-->", "<!DOCTYPE html>",
    "<?pi", "?>", "<![CDATA[", "]]>", "<![if x]>", "&amp;", "&#38;", "&#x26;", "&nbsp",
    "<script>", "</script>", "<style>", "</style >", "</", "<!", "text ", "é", "€",
]


class Seq:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def parse(doc, seq, convert, piecewise):
    p = Recorder(convert_charrefs=convert)
    try:
        if piecewise:
            k = 0
            while k < len(doc):
                step = 1 + seq.next(9)
                p.feed(doc[k:k + step])
                k += step
        else:
            p.feed(doc)
        p.close()
    except AssertionError as e:
        p.events.append(("AssertionError", str(e)))
    p.events.append(("rest", p.rawdata, p.getpos()))
    return p.events


seq = Seq(20261207)
for n in range(300):
    doc = "".join(FRAGMENTS[seq.next(len(FRAGMENTS))] for _ in range(1 + seq.next(40)))
    line = [str(n)]
    for convert in (True, False):
        for piecewise in (False, True):
            events = parse(doc, seq, convert, piecewise)
            line.append(hashlib.sha1(repr(events).encode()).hexdigest()[:10])
    print(" ".join(line))
