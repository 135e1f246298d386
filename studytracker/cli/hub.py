"""A cohort on the PostgreSQL hub from the command line: `hub mentor add NAME` (the hub's
administrator), `hub cohort create NAME --roadmap ID [--target DATE]`, `hub cohort list`,
`hub invite COHORT [--learner NAME]`, `hub report --cohort NAME (--out FILE.pdf | --csv FILE)`
(the mentor), `hub share …` and `hub device-code` (the learner).

Each works on the hub this data folder syncs through, or the one `--hub URL` names."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, UsageError, parse_date
from studytracker.formatting import count_of

if TYPE_CHECKING:
    from studytracker.store.sync.cohort import HubCohorts, Invitation
    from studytracker.store.sync.hub import HubTransport
    from studytracker.store.tracker import Tracker


def _transport(tracker: Tracker, args: argparse.Namespace) -> HubTransport:
    from studytracker.store.sync.hub import HubTransport, parse_hub_url
    from studytracker.store.sync.service import SyncService

    if getattr(args, "hub", None):
        parse_hub_url(args.hub)
        return HubTransport(args.hub, tracker.data_dir)
    status = SyncService(tracker).status()
    if status.transport != "hub" or not status.address:
        raise UsageError(
            "this data folder does not sync through a hub: give --hub URL, or set one up "
            "(studytracker sync setup --hub URL [--join CODE])"
        )
    return HubTransport(status.address, tracker.data_dir)


def _cohorts(tracker: Tracker, args: argparse.Namespace) -> HubCohorts:
    from studytracker.store.sync.cohort import HubCohorts

    return HubCohorts(_transport(tracker, args))


def _public_address(cohorts: HubCohorts) -> str:
    """The hub's address as someone else's device gives it: no user, no password."""
    from sqlalchemy.engine import make_url

    url = make_url(str(cohorts.transport.engine.url))
    return url._replace(drivername="postgresql", username=None, password=None).render_as_string(
        hide_password=False
    )


def _print_code(cohorts: HubCohorts, invitation: Invitation, who: str) -> None:
    print(f"{who}; the code works once, keep it private:")
    print(f"  {invitation.code()}")
    print("on their computer:")
    print(f"  studytracker sync setup --hub {_public_address(cohorts)} --join {invitation.code()}")


def cmd_hub(tracker: Tracker, args: argparse.Namespace) -> int:
    action = args.hub_command
    if action == "share":
        return _share(tracker, args)
    cohorts = _cohorts(tracker, args)
    try:
        if action == "mentor":
            invitation = cohorts.add_mentor(args.name)
            _print_code(cohorts, invitation, f"mentor {args.name!r} added")
        elif action == "cohort" and args.cohort_command == "create":
            target = parse_date(args.target, "--target") if args.target else None
            cohort = cohorts.create(args.name, args.roadmap, target)
            print(f"cohort {cohort.name!r} created, following {cohort.roadmap}; invite learners with")
            print(f"  studytracker hub invite {cohort.name!r} --learner NAME")
        elif action == "cohort":
            found = cohorts.cohorts()
            if args.json:
                print(json.dumps([_cohort_json(c) for c in found], indent=2, ensure_ascii=False))
            for cohort in found if not args.json else []:
                aim = f", target {cohort.target}" if cohort.target else ""
                print(f"{cohort.name}: {cohort.roadmap}{aim}")
        elif action == "invite":
            name = args.learner or f"learner {len(cohorts.shares(cohorts.cohort(args.cohort))) + 1}"
            invitation = cohorts.invite(args.cohort, name)
            _print_code(cohorts, invitation, f"{name!r} invited to {args.cohort!r}")
        elif action == "device-code":
            from studytracker.store.sync.cohort import device_code

            code = device_code(cohorts.transport, tracker.data_dir).code()
            print("on your other device (the code holds this device's hub password: keep it private):")
            print(f"  studytracker sync setup --hub {_public_address(cohorts)} --join {code}")
        else:
            return _report(tracker, cohorts, args)
    finally:
        cohorts.transport.close()
    return EXIT_OK


def _cohort_json(cohort: object) -> dict[str, object]:
    from studytracker.store.sync.cohort import Cohort

    assert isinstance(cohort, Cohort)
    return {
        "name": cohort.name,
        "roadmap": cohort.roadmap,
        "target": cohort.target.isoformat() if cohort.target else None,
    }


def _report(tracker: Tracker, cohorts: HubCohorts, args: argparse.Namespace) -> int:
    from studytracker.cli.data import parse_language
    from studytracker.report.cohort import cohort_csv, cohort_figures
    from studytracker.store.whole_files import write_whole

    if (args.out is None) == (args.csv is None):
        raise UsageError("hub report: give either --out FILE.pdf or --csv FILE")
    language = parse_language(args.lang)
    cohort = cohorts.cohort(args.cohort)
    figures = cohort_figures(cohort, cohorts.shares(cohort), tracker.reads.plan.study_day())
    if args.csv:
        out = Path(args.csv)
        text = cohort_csv(figures)
        write_whole(out, lambda path: path.write_text(text, encoding="utf-8"))
        print(f"wrote {out}: {count_of(len(figures.learners), 'learner', 'learners')}")
        return EXIT_OK
    from studytracker.report.cohort_pdf import write_cohort_report
    from studytracker.report.gui import ensure_gui_application
    from studytracker.report.pdf import ReportOptions, report_language

    ensure_gui_application()
    out = Path(args.out)
    page_size = (args.page_size or "a4").lower()
    try:
        pages = write_cohort_report(
            figures, out, report_language(ReportOptions(language=language)), page_size
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(
        f"wrote {out}: {count_of(pages, 'page', 'pages')}, "
        f"{count_of(len(figures.learners), 'learner', 'learners')}"
    )
    return EXIT_OK


def _share(tracker: Tracker, args: argparse.Namespace) -> int:
    """Change what this learner shares with a cohort, then sync when a hub is set up, so the
    hub holds it (or no longer holds it) at once."""
    from studytracker.cli.sync import cmd_sync

    choices = {name: getattr(args, name) for name in ("progress", "time", "notes")}
    if any(value is not None for value in choices.values()):
        tracker.settings.set_sharing(
            args.roadmap, **{name: value == "on" for name, value in choices.items() if value is not None}
        )
    choice = tracker.reads.settings.sharing(args.roadmap)
    roadmap = tracker.reads.roadmaps.get(args.roadmap).id

    def word(on: bool) -> str:
        return "shared" if on else "not shared"

    print(
        f"progress {word(choice.progress)}, time {word(choice.time)}, notes of {roadmap} "
        f"{word(choice.notes)}; session notes are never shared"
    )
    from studytracker.store.sync.service import SyncService

    if SyncService(tracker).status().transport == "hub" and any(v is not None for v in choices.values()):
        return cmd_sync(tracker, argparse.Namespace(sync_command=None))
    return EXIT_OK


def add_hub_parser(commands: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]) -> None:
    hub = commands.add_parser(
        "hub",
        help="a mentor's cohort on the PostgreSQL hub: cohorts, invitations, the cohort report",
        description="A cohort on the PostgreSQL hub this data folder syncs through (or --hub URL).",
    )
    hub.set_defaults(handler=cmd_hub)
    actions = hub.add_subparsers(
        dest="hub_command", metavar="ACTION", parser_class=parser_class, required=True
    )

    def with_hub(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--hub", metavar="URL", help="the hub, when not the one this folder syncs through"
        )
        return parser

    mentor = actions.add_parser("mentor", help="the hub's administrator adds a mentor")
    mentor_actions = mentor.add_subparsers(
        dest="mentor_command", metavar="ACTION", parser_class=parser_class, required=True
    )
    add = with_hub(mentor_actions.add_parser("add", help="a new mentor, with a one-time code to join"))
    add.add_argument("name", metavar="NAME")
    cohort = actions.add_parser("cohort", help="create or list your cohorts")
    cohort_actions = cohort.add_subparsers(
        dest="cohort_command", metavar="ACTION", parser_class=parser_class, required=True
    )
    create = with_hub(cohort_actions.add_parser("create", help="a new cohort following a roadmap"))
    create.add_argument("name", metavar="NAME")
    create.add_argument("--roadmap", required=True, metavar="ID", help="the roadmap its learners follow")
    create.add_argument("--target", metavar="YYYY-MM-DD", help="the day the cohort aims to finish by")
    listed = with_hub(cohort_actions.add_parser("list", help="your cohorts"))
    listed.add_argument("--json", action="store_true", help="machine-readable output")
    invite = with_hub(actions.add_parser("invite", help="a one-time code for a learner to join a cohort"))
    invite.add_argument("cohort", metavar="COHORT")
    invite.add_argument("--learner", metavar="NAME", help="how the learner appears in the report")
    report = with_hub(actions.add_parser("report", help="the cohort report, as PDF or CSV"))
    report.add_argument("--cohort", required=True, metavar="NAME")
    report.add_argument("--out", metavar="FILE.pdf")
    report.add_argument("--csv", metavar="FILE")
    report.add_argument("--page-size", choices=["a4", "letter", "A4", "Letter"])
    report.add_argument(
        "--lang", metavar="CODE", help="the report's language: en, es, pt_BR, zh_CN or system"
    )
    share = actions.add_parser("share", help="what you share with your cohort's mentor")
    for name, what in (("progress", "progress"), ("time", "study time"), ("notes", "this roadmap's notes")):
        share.add_argument(f"--{name}", choices=["on", "off"], help=f"share {what}")
    share.add_argument("--roadmap", metavar="ID", help="the roadmap whose notes (default: the active one)")
    with_hub(actions.add_parser("device-code", help="a code to join your other device to the hub"))
