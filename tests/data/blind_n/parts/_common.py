import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindlib import b64, jwt  # noqa

def R(cat, tag, origin, text):
    return (cat, tag, origin, text.strip("\n"))
