"""click in the user's language.

Two sources, one for each kind of sentence:

- workshop's own help texts (what a command or an option does) are messages in
  messages.toml, in English and French, under ``help: <command path>`` for a command
  (``help: workshop serve``) and ``help: <command path> --option`` for an option
  (``help: workshop serve --host``); an option shared by several commands may have one
  ``help: --option`` entry. A command or option without an entry keeps the text written in
  cli.py (tests/test_french.py fails on any that is English in French);
- click's own sentences ("Usage:", "Show this message and exit.", "No such option"...) go
  through gettext, with workshop's catalogue (see :func:`workshop.i18n.use_language`).

Type placeholders (``TEXT``, ``FILE``, ``INTEGER RANGE``...) and ``[OPTIONS]`` come from
messages too (``metavar: TEXT``)."""

from __future__ import annotations

import copy
from typing import Any

import click

from workshop.i18n import error_line, lookup, t, use_language


def _option_name(param: click.Parameter) -> str:
    longest = max(param.opts, key=len)
    return longest if longest.startswith("--") else (param.name or longest)


def _localized(param: click.Parameter, ctx: click.Context, path: str) -> click.Parameter:
    """A copy of ``param`` with its help, its default's wording and its placeholder in the
    current language (the original, used to parse, stays as it is)."""
    if not isinstance(param, click.Option):
        return param
    name = _option_name(param)
    shown = copy.copy(param)
    text = lookup(f"help: {path} {name}") or lookup(f"help: {name}")
    if text is not None:
        shown.help = text
    if isinstance(param.show_default, str):
        said = lookup(f"default: {path} {name}") or lookup(f"default: {name}")
        if said is not None:
            shown.show_default = said
    if param.metavar is None and not param.is_flag:
        plain = param.make_metavar(ctx)
        placeholder = lookup(f"metavar: {plain}")
        if placeholder is not None:
            shown.metavar = placeholder
    return shown


class LocalizedFormatter(click.HelpFormatter):
    def write_heading(self, heading: str) -> None:
        """``Options:`` in English, ``Options :`` (non-breaking space) in French."""
        self.write(f"{'':>{self.current_indent}}{heading}{t('report_colon').rstrip(' ')}\n")


class LocalizedContext(click.Context):
    formatter_class = LocalizedFormatter


class LocalizedHelp:
    """Mixin for commands and groups: help texts and placeholders from messages.toml."""

    help_key = "workshop"
    context_class: type[click.Context] = LocalizedContext
    _help: str | None

    @property
    def help(self) -> str | None:  # noqa: A003 - click's attribute
        return lookup(f"help: {self.help_key}") or self._help

    @help.setter
    def help(self, text: str | None) -> None:
        self._help = text

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        command = ctx.command
        original = command.params
        command.params = [_localized(p, ctx, self.help_key) for p in original]
        try:
            super().format_options(ctx, formatter)  # type: ignore[misc]
        finally:
            command.params = original

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        placeholder = lookup("metavar: [OPTIONS]")
        return [placeholder if p == "[OPTIONS]" and placeholder else p for p in pieces]


class LocalizedCommand(LocalizedHelp, click.Command):
    pass


class LocalizedGroup(LocalizedHelp, click.Group):
    """The root group and its subgroups: every command added gets localized help, and a
    WorkshopError becomes one ``Error: ...`` line (``Erreur : ...`` in French) and exit 1."""

    command_class = LocalizedCommand
    group_class = type

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        super().add_command(cmd, name)
        if isinstance(cmd, LocalizedHelp):
            cmd.help_key = f"{self.help_key} {name or cmd.name}"

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        placeholder = lookup("metavar: COMMAND [ARGS]...")
        return [placeholder if p == "COMMAND [ARGS]..." and placeholder else p for p in pieces]

    def main(self, *args: Any, **kwargs: Any) -> Any:
        use_language()  # before parsing: click's own errors ("No such option") too
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> object:
        from workshop.errors import WorkshopError

        try:
            return super().invoke(ctx)
        except WorkshopError as exc:
            click.echo(error_line(exc), err=True)
            ctx.exit(1)
