# gopy's shlex: a lexer for shell-like syntaxes (classic and POSIX modes, punctuation
# characters, source inclusion) and split/quote/join, with CPython 3.11's results.

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# The word characters as CPython lists them ('dfe' included) and, in POSIX mode, the
# Latin-1 letters it adds.
_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer for simple shell-like syntaxes. Its state is a character:
    ' ' between tokens, 'a' in a word, 'c' in a run of punctuation, a quote or escape
    character inside one, None at the end of the input."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punct = punctuation_chars
        if punctuation_chars:
            # characters read ahead past a run of punctuation, given back first
            self._pushback_chars = deque()
            # file names, options and wildcards hold these; punctuation never is a
            # word character
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?='
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punct

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it ends, then go back to the
        current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        interrupted = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(interrupted)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (self.instream,))
            else:
                print('shlex: pushing to file %s' % (self.infile,))

    def pop_source(self):
        """Close the current input and go back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """The next token: a pushed one first, else one read (following source
        inclusions, ending included sources); eof at the end."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    name, stream = included
                    self.push_source(stream, name)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + (repr(raw) if raw != self.eof else "EOF"))
        return raw

    def _next_char(self):
        if self._punct and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False          # a quote was seen: '' is then a token in POSIX mode
        resume = ' '            # the state an escape returns to
        posix = self.posix
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in whitespace state")
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    resume, self.state = 'a', ch
                elif ch in self.wordchars:
                    self.token, self.state = ch, 'a'
                elif ch in self._punct:
                    self.token, self.state = ch, 'c'
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token, self.state = ch, 'a'
                else:
                    self.token = ch
                    break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in quotes state")
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and ch in self.escape and state in self.escapedquotes:
                    resume, self.state = state, ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in escape state")
                    raise ValueError("No escaped character")
                # inside quotes, POSIX shells escape only the quote and the escape
                # character: before anything else the escape character stays
                if resume in self.quotes and ch != state and ch != resume:
                    self.token += state
                self.token += ch
                self.state = resume
            elif state in ('a', 'c'):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in word state")
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = ' '
                        if self.token or quoted:
                            break
                elif state == 'c':
                    if ch in self._punct:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = ' '
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    resume, self.state = 'a', ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punct)):
                    self.token += ch
                else:
                    if self._punct:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    if self.debug >= 2:
                        print("shlex: I see punctuation in word state")
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
        result, self.token = self.token, ''
        if posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def sourcehook(self, newfile):
        """The (name, open file) of a source inclusion, relative to the including file."""
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        # A relative name is taken from the including file's folder, as cpp does (joining
        # leaves an absolute name as it is).
        if isinstance(self.infile, str):
            name = os.path.join(os.path.dirname(self.infile), name)
        return (name, open(name, "r"))

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ' for error messages, as C compilers begin theirs."""
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s into words as a shell would; '#' starts a comment only when
    comments is true."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The words of split_command quoted for a shell and joined with spaces."""
    return ' '.join([quote(word) for word in split_command])


# The characters a word may hold and still need no quotes.
_NEEDS_NO_QUOTES = re.compile(r'[\w@%+=:,./-]+', re.ASCII).fullmatch


def quote(s):
    """s quoted for a POSIX shell: unchanged when it holds only safe characters, else
    in single quotes (a single quote inside becomes '"'"')."""
    if not s:
        return "''"
    if _NEEDS_NO_QUOTES(s):
        return s
    return "'%s'" % s.replace("'", "'\"'\"'")


if __name__ == '__main__':
    def _print_tokens(lexer):
        for tok in iter(lexer.get_token, None):
            if not tok:
                break
            print("Token: " + repr(tok))

    if len(sys.argv) == 1:
        _print_tokens(shlex())
    else:
        with open(sys.argv[1]) as f:
            _print_tokens(shlex(f, sys.argv[1]))
