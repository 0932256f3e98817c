"""Deterministic helpers to complete check digits of invented identifiers."""


def card(prefix):
    """Append the Luhn check digit to prefix (digits only)."""
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
    raise ValueError(prefix)


def cardfmt(prefix, sep=" "):
    n = card(prefix)
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def aba(prefix8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(a) * b for a, b in zip(prefix8, w))
    return prefix8 + str((10 - s % 10) % 10)


def bad_aba(prefix8):
    good = aba(prefix8)
    return prefix8 + str((int(good[-1]) + 3) % 10)


def bad_card(prefix):
    good = card(prefix)
    return prefix + str((int(good[-1]) + 4) % 10)
