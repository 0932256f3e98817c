"""Value helpers for set p: deterministic synthetic values."""
import hashlib, base64

def luhn_fill(prefix):
    """complete a digit prefix with a Luhn check digit"""
    for c in "0123456789":
        n = prefix + c
        tot = 0
        for i, ch in enumerate(reversed(n)):
            x = int(ch)
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        if tot % 10 == 0:
            return n

def aba_fill(first8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(a) * b for a, b in zip(first8, w))
    return first8 + str((10 - s % 10) % 10)

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = ALNUM + "+/"

def sec(key, n, alpha=ALNUM):
    out, i = [], 0
    while len(out) < n:
        h = hashlib.sha256(f"p-{key}-{i}".encode()).digest()
        for b in h:
            if b < 256 - (256 % len(alpha)):
                out.append(alpha[b % len(alpha)])
                if len(out) == n:
                    break
        i += 1
    return "".join(out)

def pem(key, kind="RSA PRIVATE KEY", lines=6):
    body = "\n".join(sec(f"{key}{i}", 64, B64) for i in range(lines)) + "\n" + sec(key + "end", 28, B64) + "=="
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"

def b64(s):
    return base64.b64encode(s.encode()).decode()

def spaced(s, sep=" "):
    return sep.join(s)

ZW = "\u200b"
def zw(s):
    return ZW.join(s)

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)

NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
def words(s):
    return " ".join(NUMW[int(c)] if c.isdigit() else c for c in s)

def R(cat, tag, origin, text):
    return (cat, tag, origin, text)

def jwt(payload_json, sig):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload_json.encode()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"
