"""`python -m tests.gen SEED [PAGES]` prints an edition's text."""

from __future__ import annotations

import sys

from tests.gen.edition import generate_edition

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
pages = int(sys.argv[2]) if len(sys.argv) > 2 else 40
sys.stdout.write(generate_edition(seed, pages).text)
