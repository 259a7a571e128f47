"""Running the linter over files: read them, check them (in parallel, through
the cache), fix them, and compare with a baseline."""
