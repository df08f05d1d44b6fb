# Elements cross process boundaries: a Pool parses documents in workers and returns
# Elements; the parent sends Elements to workers as arguments.
import multiprocessing
import xml.etree.ElementTree as ET

DOCS = ["<item id='%d'><name>n%d</name><v>%d</v></item>" % (i, i, i * i) for i in range(6)]


def parse(text):
    return ET.fromstring(text)


def total(elem):
    return elem.get("id"), int(elem.findtext("v")) + len(elem)


def fail(text):
    return ET.fromstring(text)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        elems = pool.map(parse, DOCS)
        print([(type(e).__name__, e.tag, e.get("id"), e.findtext("name")) for e in elems])
        print(pool.map(total, elems))
        root = ET.Element("all")
        root.extend(elems)
        back = pool.apply(parse, (ET.tostring(root),))
        print(ET.tostring(back) == ET.tostring(root), len(back))
        try:
            pool.apply(fail, ("<a></b>",))
        except ET.ParseError as e:
            print("ParseError from worker:", e, e.code, e.position)
    for method in ("spawn",):
        with multiprocessing.get_context(method).Pool(1) as pool:
            print(method, ET.tostring(pool.apply(parse, ("<x a='1'>t</x>",))))
