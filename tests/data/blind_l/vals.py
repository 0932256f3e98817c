"""Deterministic synthetic value generators for the blind_l set."""
import random, string
from blindlib import jwt, b64
R = random.Random(51205)
AN = string.ascii_letters + string.digits

def _d(n): return "".join(R.choice(string.digits) for _ in range(n))
def _a(n, alphabet=AN): return "".join(R.choice(alphabet) for _ in range(n))

def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return f"{a:03d}{sep}{R.randint(1,99):02d}{sep}{R.randint(1,9999):04d}"

def itin(sep="-"):
    g = R.choice(list(range(50,66))+list(range(70,89))+[90,91,92]+list(range(94,100)))
    return f"9{_d(2)}{sep}{g:02d}{sep}{_d(4)}"

def _luhn_complete(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)

def cc(prefix="4", length=16, sep=" "):
    n = _luhn_complete(prefix + _d(length - len(prefix) - 1))
    if length == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i+4] for i in range(0, length, 4)]
    return sep.join(parts)

def aba():
    while True:
        p = R.choice(list(range(1,13))+list(range(21,33))+list(range(61,73)))
        body = f"{p:02d}" + _d(6)
        w = [3,7,1,3,7,1,3,7]
        s = sum(int(a)*b for a,b in zip(body,w))
        return body + str((10 - s % 10) % 10)

def acct(n=10): return str(R.randint(1,9)) + _d(n-1)
def anum(sep=False):
    d = str(R.randint(1,2)) + _d(8)
    return f"A{d[:3]}-{d[3:6]}-{d[6:]}" if sep else "A" + d
def receipt(pfx="IOE"): return pfx + str(R.randint(20,25)) + _d(8)
def i94(): return _d(9) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + _d(1)
def sevis(): return "N00" + _d(8)
def ktn(): return "98" + _d(7)
def edipi(): return str(R.randint(1,9)) + _d(9)
def passport(): return R.choice("ABCEFGHJKLMNPRSTUVWXZ") + _d(8)
def passport9(): return str(R.randint(5,9)) + _d(8)
def akia(p="AKIA"): return p + _a(16, string.ascii_uppercase + "234567")
def awssec(): return _a(40, AN + "+/")
def ghp(p="ghp_"): return p + _a(36)
def glpat(): return "glpat-" + _a(20, AN + "-_")
def xoxb(p="xoxb"): return f"{p}-{_d(12)}-{_d(13)}-{_a(24)}"
def pw(n=14): return _a(n, AN + "!#%&*+-=?@^_")
def hexs(n): return _a(n, "0123456789abcdef")
def b64url(n): return _a(n, AN + "-_")
