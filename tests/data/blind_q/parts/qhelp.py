"""Small helpers for set q evasions (invisible chars, full-width, homoglyphs)."""
ZW = "\u200b"   # zero-width space
ZWJ = "\u200d"  # zero-width joiner
SHY = "\u00ad"  # soft hyphen
def zw(s, ch=ZW):
    return ch.join(s)
def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c.isalpha() and c.isascii() else c for c in s)
HOMO = {"A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "S": "\u0405", "I": "\u0406", "i": "\u0456"}
def homo(s):
    return "".join(HOMO.get(c, c) for c in s)
WORDS = "zero one two three four five six seven eight nine".split()
def words(s, sep=" "):
    return sep.join(WORDS[int(c)] if c.isdigit() else c for c in s)
