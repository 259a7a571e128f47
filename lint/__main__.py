"""The ``newslint`` command (also ``python -m lint``)."""
import gc
import signal


def main() -> None:
    # Start-up (imports, rule packs, patterns) makes many objects that live
    # until exit, and collecting garbage among them is wasted work: about 6 ms
    # of an 85 ms cold start. lint.cli turns collection back on once the
    # linter is built, or at once for a sub-command that builds none.
    gc.disable()
    from lint.cli import main as cli

    try:
        cli()
    finally:
        # The run is over (click has answered a Ctrl-C during it with
        # "Aborted!"). One now, while Python joins the worker pool's threads
        # on the way out, ends the process quietly instead of printing a
        # traceback from threading's shutdown.
        signal.signal(signal.SIGINT, signal.SIG_DFL)


if __name__ == "__main__":
    main()
