# html.parser: the event stream for many documents, fed whole and in 1-, 2-
# and 7-character pieces, with and without convert_charrefs.
from _recorder import Recorder


DOCS = [
    "<!DOCTYPE html>\n<html><head><title>T &amp; t</title></head>\n<body><p class=x>Hi</p></body></html>",
    "<A HREF='/x?a=1&amp;b=2' Target=_blank DISABLED>Link</A>",
    '<input type="checkbox" checked value="a&lt;b" data-x=\'q"q\' y = "z" w=>',
    "<br/><br /><img src=a.png alt=''/><hr\n/>",
    "<script>if (a < b && c > d) { document.write('</p>'); }</script>after",
    "<style type='text/css'>p > a { color: red }</STYLE>x",
    "<SCRIPT>var s = '</scr' + 'ipt>';</script ><p>",
    "<!-- a comment --><!---->\n<!-- multi\nline -- >text",
    "<?xml version='1.0'?><?php echo 1 ?>",
    "<![CDATA[ raw <stuff> & ]]>after<![if !IE]>ie<![endif]>",
    "Tom &amp; Jerry &lt;3 &#65;&#x42;&#X43; &copy &notanentity; &#bad; & alone",
    "a < b > c <1> <> </> <!> <a",
    "</p class='x'><//a></ div>< /p>",
    "<p <p>x</p>",
    "<div id=\"unterminated>text",
    "<a b='c' d=\"e\" f=g h i=\"\" j=''>x</a>",
    "<a href=foo&bar>x</a><a href=\"&quot;q&quot;\">y</a>",
    "<p>line1\nline2\r\nline3</p>\n\n<b>z</b>",
    "trailing & amp &amp",
    "text &#12",
    "<!bogus comment>x<!doctype HTML PUBLIC \"-//W3C//DTD\">",
    "<p title=\"a\nb\">x</p><p/ x>",
    "<ul><li>one<li>two</ul>&nbsp;&hellip;&#8212;",
    "<a\tb\n=\nc>x</a>",
    "<textarea><b>not bold</b></textarea>",
]


def run(doc, size, convert):
    p = Recorder(convert_charrefs=convert)
    if size is None:
        p.feed(doc)
    else:
        for k in range(0, len(doc), size):
            p.feed(doc[k:k + size])
    p.close()
    return p.events


for n, doc in enumerate(DOCS):
    for convert in (True, False):
        whole = run(doc, None, convert)
        print("doc", n, "convert" if convert else "raw")
        for ev in whole:
            print("  ", ev)
        for size in (1, 2, 7):
            part = run(doc, size, convert)
            if part == whole:
                print("   pieces of", size, ": same")
            else:
                print("   pieces of", size, ":", part)
