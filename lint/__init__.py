"""newslint: a linter and fixer for news copy (import name ``lint``).

``lint.check_text`` and ``lint.fix_text`` are the Python API (see lint.api).
"""

__version__ = "0.1.0"


def __getattr__(name):  # the API is imported lazily to keep start-up fast
    if name in ("check_text", "fix_text", "make_linter"):
        from lint import api

        return getattr(api, name)
    if name in ("Learner", "Summary", "write_learned"):  # corpus-level learning (lint.learn)
        from lint import learn

        return getattr(learn, name)
    raise AttributeError(f"module 'lint' has no attribute {name!r}")
