"""C string literals for the case tables generated from the oracle
(tests/wine/gen_cases.py, tests/xll/gen_cases.py)."""


def c_string(s):
    """s as a C string literal of its UTF-8 bytes: printable ASCII as itself,
    other bytes as 3-digit octal (which cannot run into the next character,
    as a hex escape could)."""
    return '"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in b'"\\?' else "\\%03o" % b
                         for b in s.encode("utf-8")) + '"'


class Arrays:
    """Named C arrays, each distinct content written once into lines (a
    paste that many cases share is one array): arrays(text) is the name
    of the array of the initialiser list text."""

    def __init__(self, lines, ctype, prefix):
        self.lines, self.ctype, self.prefix, self.names = lines, ctype, prefix, {}

    def __call__(self, text):
        if text not in self.names:
            self.names[text] = "%s%d" % (self.prefix, len(self.names))
            self.lines.append("static const %s %s[] = { %s };" % (self.ctype, self.names[text], text))
        return self.names[text]
