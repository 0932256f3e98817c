"""Deterministic helpers for valid synthetic identifiers (no randomness)."""
def _luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)

def cc(body, sep=" "):
    """body: all digits but the last; returns a Luhn-valid number grouped 4-4-4-4 (or 4-6-5 for Amex)."""
    n = body + _luhn_digit(body)
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, len(n), 4)]
    return sep.join(parts) if sep is not None else n

def aba(p8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(a) * b for a, b in zip(p8, w))
    return p8 + str((10 - s % 10) % 10)
