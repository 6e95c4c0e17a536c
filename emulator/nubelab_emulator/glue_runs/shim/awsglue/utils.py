"""`getResolvedOptions(sys.argv, ["name", …])` as in Glue: reads `--name value` pairs from the job
run's arguments and returns {"name": "value", …}; a missing one stops the script with argparse's
"the following arguments are required: --name" (exit code 2), as Glue's own helper does."""
import argparse


class GlueArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise GlueArgumentError(f"{self.prog}: error: {message}")


def getResolvedOptions(args, options):
    parser = _Parser(prog=args[0] if args else "script")
    for option in options:
        parser.add_argument(f"--{option}", required=True)
    known, _ = parser.parse_known_args(list(args[1:]))
    return vars(known)
