"""Round 21. Names the public knows, in a piece written about them: a newsletter's, a poster's, a talk's, a trivia
board's or a book club's people of history, of public life and of famous works ("a morale newsletter on Clara
Barton", "trivia: Amelia Earhart's last flight", "a scene where Captain Ahab and Popeye argue").

Round 20 released such names only where the text called them historic or famous or dated them decades back
(context_filters._about_public_figures); writers of other sets name them with no such word. Here the names
themselves are the cue, and only together with the text's kind:

- every name the text holds is one of ``_KNOWN`` (a short list of people any reader knows, and characters of works
  any reader knows), after its title ("President", "Captain", "Dr.") and possessive;
- the text is a piece or a talk about them (``_PIECE``);
- the caller checks the rest: nothing personal besides names, dates and places, none of the writer's own people.

A private person who shares a famous name ("George Washington" in a case file) has a case, a number, a date of
birth or a colleague's words beside them, and is never the only kind of name in a newsletter's line about history.
The risk left: a private namesake named alone in a piece, with no identifier; such a piece is not about them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from gateway.detect.findings import Finding
from gateway.detect.text_memo import anywhere

_PIECE = re.compile(
    r"(?i)\b(?:newsletters?|bulletins?|slides?|decks?|posters?|articles?|presentations?|handouts?|displays?"
    r"|(?:linkedin|blog|social[ \t]+media|heritage[ \t]+month|history[ \t]+month)[ \t]+posts?|toasts?|speech(?:es)?"
    r"|talks?|trivia|quiz(?:zes)?|fun[ \t]+facts?|history[ \t]+notes?|essays?|tributes?|lessons?|blurbs?|captions?"
    r"|book[ \t]+(?:clubs?|swaps?|reports?)|novels?|films?|movies?|scenes?|skits?|psas?|scripts?|plays?"
    r"|discussion[ \t]+questions?|bulletin[ \t]+boards?|hallway|morale[ \t]+events?)\b"
)
_TITLE = re.compile(
    r"(?i)^(?:(?:president|vice[ \t]+president|first[ \t]+lady|judge|justice|chief[ \t]+justice|senator|sen\.?"
    r"|general|gen\.?|admiral|captain|capt\.?|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss|sir|dame|saint|st\.?|queen"
    r"|king|prince|princess|lady|lord|professor|prof\.?|reverend|rev\.?)[ \t]+)+"
)
_TAIL = re.compile(r"(?i)(?:['\u2019]s?|,?[ \t]+(?:jr|sr)\.?|[.,;:])+$")

# People of history and public life whom school, the news and the department's heritage months name over and over,
# and writers and characters of works every reader knows. Full names as written; a one-word entry only where no
# one's given name or surname is that word alone.
_KNOWN = frozenset(
    """
    george washington|john adams|thomas jefferson|james madison|james monroe|john quincy adams|andrew jackson
    abraham lincoln|ulysses s. grant|ulysses grant|theodore roosevelt|teddy roosevelt|woodrow wilson
    franklin d. roosevelt|franklin delano roosevelt|franklin roosevelt|eleanor roosevelt|harry s. truman
    harry truman|dwight d. eisenhower|dwight eisenhower|john f. kennedy|lyndon b. johnson|richard nixon
    jimmy carter|ronald reagan|barack obama|michelle obama|abigail adams|dolley madison|benjamin franklin
    alexander hamilton|paul revere|betsy ross|martin luther king|martin luther king jr.|rosa parks
    harriet tubman|frederick douglass|sojourner truth|malcolm x|thurgood marshall|cesar chavez|césar chávez
    dolores huerta|susan b. anthony|elizabeth cady stanton|ruth bader ginsburg|sonia sotomayor|sandra day o'connor
    booker t. washington|w. e. b. du bois|ida b. wells|mary mcleod bethune|jackie robinson|jesse owens
    muhammad ali|babe ruth|roberto clemente|billie jean king|jim thorpe|michael jordan|serena williams
    albert einstein|isaac newton|marie curie|pierre curie|rosalind franklin|george washington carver
    chien-shiung wu|charles darwin|galileo galilei|nikola tesla|thomas edison|alexander graham bell
    ada lovelace|alan turing|grace hopper|katherine johnson|dorothy vaughan|mary jackson|jonas salk|albert sabin
    louis pasteur|florence nightingale|clara barton|mary seacole|dorothea dix|elizabeth blackwell|walter reed
    stephen hawking|carl sagan|jane goodall|rachel carson|edwin hubble|neil armstrong|buzz aldrin|sally ride
    john glenn|mae jemison|yuri gagarin|amelia earhart|charles lindbergh|orville wright|wilbur wright
    bessie coleman|chuck yeager|christopher columbus|meriwether lewis|sacagawea|ernest shackleton
    nelson mandela|mahatma gandhi|mohandas gandhi|winston churchill|mother teresa|napoleon bonaparte
    julius caesar|cleopatra|queen victoria|joan of arc|daniel ellsberg|steve jobs|bill gates|henry ford
    walt disney|andrew carnegie|john d. rockefeller|warren buffett|oprah winfrey|faith hill|elvis presley
    louis armstrong|les paul|les brown|frank lloyd wright|pablo picasso|vincent van gogh|leonardo da vinci
    michelangelo|frida kahlo|ludwig van beethoven|wolfgang amadeus mozart|johann sebastian bach
    william shakespeare|mark twain|ernest hemingway|jane austen|charles dickens|leo tolstoy|maya angelou
    toni morrison|langston hughes|edgar allan poe|emily dickinson|walt whitman|agatha christie
    arthur conan doyle|alexandre dumas|victor hugo|lucy maud montgomery|arthur hailey|john le carré
    john le carre|harper lee|f. scott fitzgerald|herman melville|louisa may alcott|les misérables
    les miserables|sherlock holmes|hermione granger|harry potter|atticus finch|jay gatsby|elizabeth bennet
    fitzwilliam darcy|anne shirley|marilla cuthbert|edmond dantès|edmond dantes|jean valjean|tom sawyer
    huckleberry finn|huck finn|captain ahab|ahab|ebenezer scrooge|george smiley|james bond|vito corleone
    indiana jones|luke skywalker|forrest gump|rocky balboa|popeye|smokey bear|mcgruff|mickey mouse
    """.replace("\n", "|").split("|")
)
_KNOWN_NAMES = frozenset(n.strip() for n in _KNOWN if n.strip())


def _folded(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).lower().split())


_KNOWN_FOLDED = frozenset(_folded(n) for n in _KNOWN_NAMES)


def known_name(value: str) -> bool:
    """Whether ``value`` (a name as the text writes it, with its title or possessive) is one the public knows."""
    bare = _TAIL.sub("", _TITLE.sub("", value.strip()))
    return _folded(bare) in _KNOWN_FOLDED


def known_figures(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The PERSON findings of a piece whose every name is one the public knows; none where any name is not."""
    people = [f for f in findings if f.entity_type == "PERSON" and f.score >= 0.5]
    if not people or not anywhere(_PIECE, text):
        return set()
    if not all(known_name(text[f.start : f.end]) for f in people):
        return set()
    return set(people)
