"""The README documents every command and the set-up commands; settings are documented."""

from __future__ import annotations

from pathlib import Path

from dateline.cli import cli
from dateline.settings import SETTINGS, Settings, load_settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_quickstart_shows_make_demo_and_make_test_first() -> None:
    quickstart = README.split("## Quickstart", 1)[1]
    assert quickstart.index("make demo") < quickstart.index("make test") < quickstart.index("##")


def test_every_command_is_in_the_readme() -> None:
    for name, command in cli.commands.items():
        assert f"`dateline {name}" in README, f"command {name} is not documented"
        assert command.help, f"command {name} has no help"


def test_every_setting_is_declared_and_typed() -> None:
    defaults = Settings()
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default
        assert setting.help


def test_settings_file_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text('max_bytes = 5\nbatch_size = "7"\n', encoding="utf-8")
    loaded = load_settings(path, batch_size=9)
    assert (loaded.max_bytes, loaded.batch_size) == (5, 9)
