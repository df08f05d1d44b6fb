"""A parser that records every event with its position (shared by the html tests)."""
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def note(self, *ev):
        self.events.append(ev + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.note("start", tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.note("end", tag)

    def handle_startendtag(self, tag, attrs):
        self.note("startend", tag, attrs)

    def handle_data(self, data):
        self.note("data", data)

    def handle_comment(self, data):
        self.note("comment", data)

    def handle_decl(self, decl):
        self.note("decl", decl)

    def handle_pi(self, data):
        self.note("pi", data)

    def handle_entityref(self, name):
        self.note("entityref", name)

    def handle_charref(self, name):
        self.note("charref", name)

    def unknown_decl(self, data):
        self.note("unknown_decl", data)
