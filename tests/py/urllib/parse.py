# urllib.parse: splitting, joining, result attributes, quoting, query strings, bytes
# variants and the errors CPython raises.
import pickle
import warnings
from urllib import parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


urls = [
    "http://www.python.org/doc/;params?query#frag",
    "HTTPS://User:Pass@[::1]:443/p;a;b?x=1#top",
    "file:///tmp/junk.txt", "file:tmp", "mailto:someone@example.com", "news:comp.lang.python",
    "//netloc/path?q", "/just/path", "path/only", "", "?q=1", "#f", "http:", "http://",
    "svn+ssh://svn.zope.org/repos/main/ZConfig/trunk/", "git+ssh://git@github.com/u/r.git",
    "sip:alice@atlanta.com;maddr=239.255.255.1", "tel:+1-201-555-0123;ext=1",
    "  \x00http://example.com/ space ", "ht\ntp://ex\tample.com/a\rb", "1http://x/",
    "http://[fe80::1%25eth0]:80/", "http://[v1.fe]/", "http://a:b@c:d@e/", "path;p?q#f",
    "https://host:/", "http://host:0/", "http://Host.Example:65535/", "data:text/plain,hi",
    "rsync://host/mod", "http://a/b/c/d;p?q#f#g", "s3://bucket/key", "http://a?b#c?d",
]
for u in urls:
    show("split", lambda: urlsplit(u))
    show("parse", lambda: urlparse(u))
    p = urlparse(u)
    show("attrs", lambda: (p.scheme, p.username, p.password, p.hostname, p.port))
    show("geturl", lambda: (p.geturl(), urlsplit(u).geturl(), urlunparse(p), urlunsplit(urlsplit(u))))

show("scheme default", lambda: urlparse("//x/y", scheme="ftp"))
show("scheme default2", lambda: urlparse("http://x/y", "ftp"))
show("no fragments", lambda: urlsplit("http://x/y?a#b", allow_fragments=False))
show("no fragments2", lambda: urlparse("http://x/y#b", "", False))
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vx.1]/",
            "http://[v1]/", "http://[::g]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[::1%]/",
            "http://\u2100.com/", "http://host:99999/", "http://host:12a/", "http://host:-1/"]:
    show("bad " + bad, lambda: urlsplit(bad))
    show("bad port " + bad, lambda: urlsplit(bad).port)
for good in ["http://[::ffff:1.2.3.4]/", "http://[1:2:3:4:5:6:7::]/", "http://[::]/",
             "http://[1:2:3:4:5:6:1.2.3.4]/", "http://[FE80::A%Zone]:8/", "http://\u00e9.com/"]:
    show("ok " + good, lambda: urlsplit(good).hostname)
show("type mix", lambda: urlparse("http://x", b"ftp"))
show("type mix2", lambda: urljoin("http://x/", b"y"))
show("int", lambda: urlparse(5))
show("none scheme", lambda: urlsplit("x", None))

# bytes
b = urlsplit(b"http://u:p@h:1/p?q#f")
show("bytes", lambda: b)
show("bytes attrs", lambda: (b.username, b.password, b.hostname, b.port, b.geturl()))
show("bytes decode", lambda: b.decode())
show("str encode", lambda: urlparse("http://x/y").encode("utf-8"))
show("bytes parse", lambda: urlparse(b"http://x/a;b"))
show("bytes join", lambda: urljoin(b"http://x/a/b", b"../c"))
show("bytes defrag", lambda: urldefrag(b"http://x/#frag"))
show("non-ascii bytes", lambda: urlsplit(b"http://\xff/"))
show("unsplit bytes", lambda: urlunsplit((b"http", b"h", b"p", b"", b"")))
show("defrag", lambda: (urldefrag("http://x/y?q#f"), urldefrag("http://x/y").geturl(),
                        urldefrag("http://x/y#f").geturl()))
show("unsplit", lambda: [urlunsplit(("http", "", "p", "", "")), urlunsplit(("", "", "//p", "", "")),
                         urlunsplit(("file", "", "/tmp", "", "")), urlunsplit(("mailto", "", "a@b", "", "")),
                         urlunparse(("http", "h", "p", "x", "q", "f")), urlunsplit(("s", None, "p", "", ""))])
show("unsplit short", lambda: urlunsplit(("http", "h", "p")))

# RFC 3986 section 5.4 examples and more
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
            "g#s/./x", "g#s/../x", "http:g", "https:g", "a//b", "//x/../y", "...", "g/"]:
    show("join " + ref, lambda: urljoin(base, ref))
for b2, r2 in [("http://a/b/", "c"), ("http://a", "b"), ("http://a/b", "//c/d"),
               ("mailto:a@b", "c"), ("", "x"), ("http://a/b", None), ("file:///a/b", "c"),
               ("http://a/b/c", "svn://x/y"), ("svn://a/b/c", "d"), ("http://a/b?q", "?"),
               ("http://a/b/c/d", "../../../.."), ("http://a/b/c", "g", ), ("ws://h/a/b", "c")]:
    show("join2 %r %r" % (b2, r2), lambda: urljoin(b2, r2))
show("join nofrag", lambda: urljoin("http://a/b#f", "#g", allow_fragments=False))

# quoting
for s in ["abc def", "a/b?c=d&e", "~_.-", "é€𝄞", "", "%41", "+ +", "\x00\x7f"]:
    show("quote " + repr(s), lambda: (quote(s), quote(s, safe=""), quote(s, "?&="),
                                      quote_plus(s), quote_plus(s, "/+")))
show("quote latin1", lambda: quote("é", encoding="latin-1"))
show("quote errors", lambda: quote("é€", encoding="ascii", errors="replace"))
show("quote bad", lambda: quote("é", encoding="ascii"))
show("quote bytes", lambda: quote(b"a b\xff", safe=b"\xff "))
show("quote bytes enc", lambda: quote(b"a", encoding="utf-8"))
show("quote bytes err", lambda: quote(b"a", errors="strict"))
show("quote int", lambda: quote(5))
show("quote_plus int", lambda: quote_plus(5))
show("quote_plus bytes", lambda: quote_plus(b"a b+"))
show("qfb", lambda: (quote_from_bytes(b"abc def\x3f"), quote_from_bytes(bytearray(b"/ x"), "")))
show("qfb str", lambda: quote_from_bytes("abc"))
show("qfb safe nonascii", lambda: quote_from_bytes(b"a\xe9", safe="é"))
for s in ["abc%20def", "%E2%82%AC", "%e2%82%ac", "%zz%4", "%", "a+b", "%C3", "é%41", "%F0%9D%84%9E",
          "%E2%82", "%E2é%82%AC"]:
    show("unquote " + s, lambda: (unquote(s), unquote(s, "latin-1"), unquote_plus(s),
                                  unquote_to_bytes(s)))
show("unquote errors", lambda: unquote("%E2%82", errors="strict"))
show("unquote bytes", lambda: unquote(b"a%20b"))
show("unquote none", lambda: unquote("%41", None, None))
show("unquote int", lambda: unquote(5))
show("unquote_to_bytes empty", lambda: (unquote_to_bytes(""), unquote_to_bytes(b"")))
show("unquote_to_bytes int", lambda: unquote_to_bytes(0))

# query strings
for q in ["a=1&b=2&a=3", "a=&b", "a+b=c+d&e=%26", "=x&y=", "&&a=1&&", "a=1;b=2", "", "a==b",
          "a%3Db=c"]:
    show("qsl " + q, lambda: (parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q),
                              parse_qs(q, True)))
show("qsl strict", lambda: parse_qsl("a=1&b", strict_parsing=True))
show("qsl strict empty", lambda: parse_qsl("a=1&&b=2", strict_parsing=True))
show("qsl sep", lambda: parse_qsl("a=1;b=2", separator=";"))
show("qsl bad sep", lambda: parse_qsl("a=1", separator=""))
show("qsl none sep", lambda: parse_qsl("a=1", separator=None))
show("qsl max", lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2))
show("qsl max ok", lambda: parse_qsl("a=1&b=2", max_num_fields=2))
show("qsl bytes", lambda: parse_qs(b"a=1&b=%20"))
show("qsl bytes nonascii", lambda: parse_qsl(b"a=%C3%A9"))
show("qsl latin1", lambda: parse_qsl("a=%E9", encoding="latin-1"))
show("urlencode", lambda: urlencode({"a": "b c", "d": "é", "e": b"\xff", "f": 1.5, b"g": None}))
show("urlencode seq", lambda: urlencode([("a", 1), ("a", 2)]))
show("urlencode doseq", lambda: urlencode({"a": [1, "x y", b"z"], "b": "str", "c": 5, "d": (), "e": b"by"}, True))
show("urlencode nodoseq", lambda: urlencode({"a": [1, 2]}))
show("urlencode safe", lambda: urlencode({"a/b": "c/d"}, safe="/"))
show("urlencode quote", lambda: urlencode({"a b": "c d"}, quote_via=quote))
show("urlencode enc", lambda: urlencode({"a": "é"}, encoding="latin-1"))
show("urlencode bad", lambda: urlencode("abc"))
show("urlencode bad2", lambda: urlencode(5))
show("urlencode bad3", lambda: urlencode([1, 2]))
show("urlencode empty", lambda: urlencode([]))

# result types
r = urlparse("http://u@h/p")
show("fields", lambda: (r._fields, parse.SplitResult._fields, parse.DefragResult._fields))
show("replace", lambda: r._replace(netloc="x").geturl())
show("tuple", lambda: (tuple(r), r[1], len(r), r == ("http", "u@h", "/p", "", "", "")))
show("pickle", lambda: pickle.loads(pickle.dumps(urlsplit("http://x/y"))))
show("generic", lambda: parse.SplitResult[str])
show("isinstance", lambda: (isinstance(r, tuple), isinstance(r, parse.ResultBase)))
show("mro", lambda: [c.__name__ for c in parse.ParseResultBytes.__mro__])
show("unwrap", lambda: (parse.unwrap("<URL:http://x/>"), parse.unwrap(" <http://y> "), parse.unwrap("z")))
show("all", lambda: sorted(parse.__all__))
show("tables", lambda: ("" in parse.uses_netloc, "git" in parse.uses_netloc, parse.uses_params[:3]))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    show("splittype", lambda: (parse.splittype("HTTP://x"), parse.splittype("/x:y"), parse.splittype("x")))
    show("splithost", lambda: (parse.splithost("//h:1/p"), parse.splithost("//h?q"), parse.splithost("/p")))
    show("splituser", lambda: (parse.splituser("u:p@h"), parse.splituser("h")))
    show("splitpasswd", lambda: (parse.splitpasswd("u:p"), parse.splitpasswd("u")))
    show("splitport", lambda: (parse.splitport("h:80"), parse.splitport("h:"), parse.splitport("h:x"),
                               parse.splitport("h"), parse.splitport("[::1]:8")))
    show("splitnport", lambda: (parse.splitnport("h:80"), parse.splitnport("h:"), parse.splitnport("h:x"),
                                parse.splitnport("h", 5)))
    show("splitquery", lambda: (parse.splitquery("/p?a?b"), parse.splitquery("/p")))
    show("splittag", lambda: (parse.splittag("/p#a#b"), parse.splittag("/p")))
    show("splitattr", lambda: (parse.splitattr("/p;a;b=c"), parse.splitattr("/p")))
    show("splitvalue", lambda: (parse.splitvalue("a=b=c"), parse.splitvalue("a")))
    show("to_bytes", lambda: (parse.to_bytes("abc"), parse.to_bytes(b"x")))
    show("to_bytes bad", lambda: parse.to_bytes("é"))
for w in caught:
    print(w.category.__name__, w.message)
parse.clear_cache()
print(urlsplit("http://again/"))
