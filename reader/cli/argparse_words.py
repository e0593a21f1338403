"""The messages argparse says itself (usage, option groups, errors), for the catalog.

argparse speaks through the `_` reader.cli hands it, with these msgids, as Python's
argparse words them (a test checks each is still in its source). Those it says only to
a programmer (conflicting options and the like) are left out, and "expected %s
arguments", which only an option taking a fixed number of values can cause. Not imported:
the list is read by the catalog's extraction, not at run time.
"""

from __future__ import annotations

from reader.i18n import N_

MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)
