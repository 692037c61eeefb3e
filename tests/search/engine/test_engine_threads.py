"""The engine in use, shared by an application server's threads (search.engine)."""

import json

from tests.search.conftest import fresh_python

# A fresh process whose threads all ask for the engine at once: each engine holds its own
# snapshot of the index (117 MB at 100k documents), so there must be one.
THREADS_STARTING = """
import json, threading, time
import django
django.setup()
from search.engine import get_engine
from search.engine.embedded import query as embedded
made = []
class SlowToMake(embedded.EmbeddedEngine):
    def __init__(self):
        made.append(self)
        time.sleep(0.2)
        super().__init__()
embedded.EmbeddedEngine = SlowToMake
start = threading.Barrier(16)
engines = []
def work():
    start.wait()
    engines.append(get_engine())
threads = [threading.Thread(target=work) for _ in range(16)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps([len(made), len({id(engine) for engine in engines})]))
"""


def test_threads_starting_at_once_share_one_engine():
    child = fresh_python(THREADS_STARTING)
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout) == [1, 1]
