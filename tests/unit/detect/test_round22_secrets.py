"""Round 22, credentials that reach the vendor (misses recurring across sets): a password given in a chat's next
turn after a label in another language, a password typed out with spaces after a login's name, a quoted value an
editor wrapped onto the next line, a PIN in full-width characters, a config value with zero-width spaces under a
"_pass" key, a key in a web request's parameters or headers, and an app password in four groups of four letters.
Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        # a chat's next turn, its own label in Tagalog or Spanish
        "Paste from the team chat:\nRolly: hindi ko ma-open, nakalimutan ko yung password sa payroll\n"
        "Maricel: gamitin mo muna: Batangas-5527\nRolly: ok po",
        "Ana: perdí la contraseña del portal\nLuis: la temporal: Quetzal7Rojo\nAna: gracias",
        # typed out with spaces after a login's name
        "the VPN kept rejecting it so I wrote it spaced out: q 7 # L m ! 4 w z R. Is the # sign an issue?",
        "Login for the kiosk, spaced so you can read it: B 2 x K 9 p L q",
        # a quoted value wrapped onto the next line
        'group_vars/db.yml:\ndb_password: "Qh7!pLx\nw2Rm"\nwhy does the play fail?',
        "settings:\n  api_secret: 'kT93vLq\n  Pz8wNe4'",
        # a PIN with letters, in full-width characters
        "The tablet took the staff PIN in wide characters and now rejects it: "
        "\uff30\uff49\uff4e\uff45\uff20\uff16\uff13\uff17\uff11",
        "kiosk PIN I keep typing is Tern#5083x and it still locks",
        # zero-width spaces inside a config value under a "_pass" key
        "config: svc_pass = Har\u200bbor\u200b-Gate\u200b-419, is the spacing the problem?",
        "DB_PASS=Lk\u200c93mQ\u200cvz2",
        # a key in a web request's parameters or headers
        'import requests\nresp = requests.get(url, params={"q": "Oslo", "key": "wx3-Tr8pLq2Zk7Nm4Vb"})',
        'fetch(url, {headers: {"x-functions-key": "Fk29sLmQ8xTz0pRw7VbN"}})',
        "r = httpx.post(u, data={'appid': '7c1f9a2e4b8d6035af1e'})",
        # an app password in four groups of four lower-case letters
        "I added my mail to the new phone with this app password: wqzn hrtl pxkv obme, should I revoke it?",
        "the application-specific password is: lmto ravk seqn bwuz",
        "my password is: tvkr mpqz hlwn xsbd",
    ],
)
def test_credentials_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        # policies and training text
        "Reminder: your password must have 12 characters, one of them a digit.",
        "Password policy\nBoard: minimum length: fourteen characters",
        # a chat's next turn with a label, the value no typed password
        "User: I reset my password yesterday\nAgent: ticket: INC-20417\nUser: thanks",
        # spaced characters that are a list or a formula, after a login's name
        "Login steps: press A B C D E F G H in order on the menu.",
        "after login solve: x + 2 = y * 3 - z / 4",
        # placeholders in a wrapped or a plain assignment
        'db_password: "<your-\npassword>"',
        "admin_pass = changeme",
        "db_pass: ****",
        # a word ending in "pass" is no key
        "bypass = enabled_by_default_for_testing",
        "boarding_pass: M1KX7Q2B",
        # PINs without a value
        "The PIN pad failed: replace the battery.",
        # a request's key that is a name, or a placeholder in docs
        'requests.get(url, params={"key": "vessel_lookup"})',
        'requests.get(url, headers={"api_key": "YOUR_API_KEY_HERE"})',
        # four groups of four letters: words, a placeholder, a sequence
        "my password is: just type your name",
        "app password: xxxx xxxx xxxx xxxx",
        "app password: abcd efgh ijkl mnop",
        "Use an app password (16 letters, shown once) instead of your normal password.",
    ],
)
def test_no_credential(boundary, text: str) -> None:
    untouched(boundary, text)
