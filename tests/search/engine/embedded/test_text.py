"""Text analysis shared by an application server's threads."""

import json

from tests.search.conftest import fresh_python

# A fresh Python on the pure-Python Snowball stemmer (the one snowballstemmer falls back to
# without PyStemmer, whose C stemmer is as stateful but documented "must not be called
# concurrently"); threads switch as often as the interpreter allows, so that a stemmer shared
# between them shows.
THREADS_STEMMING = """
import json, sys, threading
sys.modules["Stemmer"] = None
import django
django.setup()  # the text analysis lives in the search app's engine package
sys.setswitchinterval(1e-5)
from search.engine.embedded.text import analyse
texts = [("Cultures de couverture et paillage contre la sécheresse", "fr"),
         ("Labranza reducida y rendimientos del maíz", "es"),
         ("Composting manure improved yields in dry years", "en")] * 60
expected = [analyse(text, language) for text, language in texts]
problems = []
def work():
    try:
        got = [analyse(text, language) for text, language in texts]
        problems.extend(g for g, e in zip(got, expected) if g != e)
    except Exception as error:
        problems.append(repr(error))
threads = [threading.Thread(target=work) for _ in range(16)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps(problems[:5] + [len(problems)]))
"""


def test_threads_analysing_text_at_once_get_the_same_words():
    child = fresh_python(THREADS_STEMMING)
    assert child.returncode == 0, child.stderr
    *examples, count = json.loads(child.stdout)
    assert count == 0, examples
