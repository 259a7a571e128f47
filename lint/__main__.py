"""The ``newslint`` command (also ``python -m lint``)."""
import gc


def main() -> None:
    # Start-up (imports, rule packs, patterns) makes many objects that live
    # until exit, and collecting garbage among them is wasted work: about 6 ms
    # of an 85 ms cold start. lint.cli turns collection back on once the
    # linter is built, or at once for a sub-command that builds none.
    gc.disable()
    from lint.cli import main as cli

    cli()


if __name__ == "__main__":
    main()
