"""Usage errors of the command line, plugins, strict mode and the summary line.

Plugins here are real installed distributions (a ``dist-info`` folder on
``sys.path``, see the ``install`` fixture), found by ``importlib.metadata``
as a user's would be: nothing is mocked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit import (
    ArticleKitError,
    DuplicatePluginError,
    Parser,
    PluginLoadError,
    UnknownPluginError,
)
from articlekit.cli import main

DUMP = """Dec 5, 2024

Port Strike Enters Third Week

Source: https://example.com/port-strike

Traffic at the port has fallen by two-thirds since the walkout began.

No comments:
"""

#: A plugin module as a package would ship it: a section that reads a line
#: "Source: URL", with options.
SOURCE_PLUGIN = '''
def source_plugin(parser, *, before="body", label="Source", upper=False):
    """Read "Source: URL" lines into extras["source"]."""

    def parse_source(state):
        for block in state.unclaimed():
            if block.text.startswith(label + ": "):
                state.claim(block)
                url = block.text.removeprefix(label + ": ")
                state.extras["source"] = url.upper() if upper else url
                return True
        return False

    parser.pipeline.insert_before(before, "source", parse_source)
'''

WORDS_PLUGIN = '''
def words_plugin(parser, *, name="words"):
    """Count the words of the body into extras[name]."""

    def count(state):
        state.extras[name] = sum(len(b.text.split()) for b in state.unclaimed())
        return False

    parser.pipeline.insert_before("body", name, count)
'''


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "post.txt"
    path.write_text(DUMP, encoding="utf-8")
    return path


@pytest.fixture
def source(install):
    """The distribution ``articlekit-source`` advertising the plugin ``source``."""
    return install(
        "articlekit-source",
        "1.2",
        plugins={"source": "ak_source:source_plugin"},
        modules={"ak_source": SOURCE_PLUGIN},
    )


def _one_line_error(capsys, *needles: str) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("articlekit: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err
    return err


class TestChecksBeforeReading:
    @pytest.mark.parametrize("jobs", ["0", "-1"])
    def test_jobs_below_one(self, dump, capsys, jobs):
        """--jobs 0 and --jobs -1 are usage errors, not "one per core"."""
        assert main(["parse", str(dump), "--jobs", jobs]) == 2
        _one_line_error(capsys, f"--jobs {jobs}")

    def test_jobs_left_out_is_one_per_core(self, tmp_path, capsys):
        """With no --jobs, several files are parsed (in a pool) and kept in order."""
        for name in "abc":
            (tmp_path / f"{name}.txt").write_text(DUMP, encoding="utf-8")
        assert main(["parse", str(tmp_path), "--format", "jsonl", "--quiet"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 3

    def test_output_in_a_missing_folder(self, dump, tmp_path, capsys):
        out = tmp_path / "no-such-folder" / "all.json"
        assert main(["parse", str(dump), "--output", str(out)]) == 2
        _one_line_error(capsys, "no folder", "no-such-folder")

    def test_output_is_a_folder(self, dump, tmp_path, capsys):
        assert main(["parse", str(dump), "--output", str(tmp_path)]) == 2
        _one_line_error(capsys, "is a folder")

    @pytest.mark.skipif(
        os.name != "posix" or os.geteuid() == 0,
        reason="root writes into a folder of mode 0o500 all the same",
    )
    def test_output_without_permission(self, dump, tmp_path, capsys):
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert main(["parse", str(dump), "--output", str(locked / "a.json")]) == 2
        _one_line_error(capsys, "Permission denied")

    def test_output_the_system_refuses(self, dump, capsys):
        """A path no one may create a file in (sysfs), which holds for root too."""
        if not Path("/sys/kernel").is_dir():
            pytest.skip("needs a Linux /sys")
        try:
            open("/sys/articlekit-test.json", "a").close()
        except OSError:
            pass
        else:
            pytest.skip("this /sys takes new files")
        assert main(["parse", str(dump), "--output", "/sys/articlekit-test.json"]) == 2
        _one_line_error(capsys, "cannot write")

    def test_output_under_a_file(self, dump, capsys):
        """A path whose folder is a file cannot be written, root or not."""
        assert main(["parse", str(dump), "--output", str(dump / "a.json")]) == 2
        _one_line_error(capsys, "cannot write", "Not a directory")

    def test_a_bad_output_reads_no_file(self, tmp_path, monkeypatch, capsys):
        """The checks come first: standard input is not even read."""

        class Unread:
            def read(self):
                raise AssertionError("standard input was read")

        monkeypatch.setattr(sys, "stdin", Unread())
        assert main(["parse", "-", "--output", str(tmp_path)]) == 2
        _one_line_error(capsys, "is a folder")

    def test_an_existing_output_is_kept_until_written(self, dump, tmp_path, capsys):
        """The check opens to append: a refused run leaves the file alone."""
        out = tmp_path / "out.json"
        out.write_text("kept", encoding="utf-8")
        assert main(["parse", str(dump), "--output", str(out), "--jobs", "0"]) == 2
        assert out.read_text(encoding="utf-8") == "kept"

    def test_a_new_output_inside_the_folder_read_is_no_input(self, tmp_path, capsys):
        """The check leaves no empty file behind for the folder walk to meet."""
        (tmp_path / "post.txt").write_text(DUMP, encoding="utf-8")
        out = tmp_path / "all.txt"
        args = ["parse", str(tmp_path), "--format", "text", "--output", str(out)]
        assert main([*args, "--quiet"]) == 0
        assert out.read_text(encoding="utf-8").startswith("==> ")
        assert out.read_text(encoding="utf-8").count("==> ") == 1

    def test_output_that_is_a_hard_link_of_an_input(self, tmp_path, capsys):
        dump = tmp_path / "post.txt"
        dump.write_text(DUMP, encoding="utf-8")
        os.link(dump, tmp_path / "linked.txt")
        assert main(["parse", str(dump), "--output", str(tmp_path / "linked.txt")]) == 2
        _one_line_error(capsys, "is one of the inputs")
        assert dump.read_text(encoding="utf-8") == DUMP

    @pytest.mark.parametrize("spelling", ["as given", "through a folder"])
    def test_output_that_is_an_input(self, tmp_path, capsys, spelling):
        """--output naming one of the inputs is refused: the dump is left as it was."""
        dump = tmp_path / "post.txt"
        dump.write_text(DUMP, encoding="utf-8")
        given = str(dump) if spelling == "as given" else str(tmp_path)
        out = str(dump) if spelling == "as given" else str(tmp_path / "." / "post.txt")
        assert main(["parse", given, "--output", out]) == 2
        _one_line_error(capsys, "is one of the inputs")
        assert dump.read_text(encoding="utf-8") == DUMP

    def test_schema_output_checked_too(self, tmp_path, capsys):
        assert main(["schema", "--output", str(tmp_path / "x" / "s.json")]) == 2
        _one_line_error(capsys, "no folder")


class TestPluginLoading:
    def test_use_by_name_with_options(self, source):
        """Parser.use(name, **options) loads an installed plugin and passes them."""
        article = Parser().use("source", upper=True).parse(DUMP)
        assert article.extras["source"] == "HTTPS://EXAMPLE.COM/PORT-STRIKE"

    def test_import_that_raises(self, install, dump, capsys):
        install(
            "articlekit-broken",
            "0.3",
            plugins={"broken": "ak_broken:plugin"},
            modules={"ak_broken": "raise RuntimeError('needs a licence key')\n"},
        )
        with pytest.raises(PluginLoadError, match="needs a licence key") as info:
            Parser().use("broken")
        assert isinstance(info.value, ImportError)
        assert isinstance(info.value.__cause__, RuntimeError)
        assert main(["parse", str(dump), "--plugin", "broken"]) == 2
        _one_line_error(
            capsys, "'broken'", "articlekit-broken 0.3", "RuntimeError: needs a licence"
        )

    def test_missing_module(self, install, dump, capsys):
        install("articlekit-gone", plugins={"gone": "ak_not_there:plugin"})
        assert main(["parse", str(dump), "--plugin", "gone"]) == 2
        _one_line_error(capsys, "could not be loaded", "ModuleNotFoundError")

    def test_not_a_plugin(self, install, dump, capsys):
        install(
            "articlekit-table",
            plugins={"table": "ak_table:WORDS"},
            modules={"ak_table": "WORDS = {'a': 1}\n"},
        )
        with pytest.raises(PluginLoadError, match="is not a plugin"):
            Parser().use("table")
        assert main(["parse", str(dump), "--plugin", "table"]) == 2
        _one_line_error(capsys, "is not a plugin", "ak_table:WORDS is a dict")

    def test_two_distributions_one_name(self, install, source, dump, capsys):
        install(
            "other-source",
            "2.0",
            plugins={"source": "other_source:source_plugin"},
            modules={"other_source": SOURCE_PLUGIN},
        )
        with pytest.raises(DuplicatePluginError) as info:
            Parser().use("source")
        assert isinstance(info.value, ArticleKitError)
        assert info.value.distributions == ("articlekit-source 1.2", "other-source 2.0")
        assert "articlekit-source 1.2 and other-source 2.0" in str(info.value)
        assert main(["parse", str(dump), "--plugin", "source"]) == 2
        _one_line_error(capsys, "articlekit-source 1.2", "other-source 2.0")

    def test_unknown_name(self, source, dump, capsys):
        with pytest.raises(UnknownPluginError):
            Parser().use("sauce")
        assert main(["parse", str(dump), "--plugin", "sauce"]) == 2
        _one_line_error(capsys, "no installed plugin named 'sauce'")

    def test_an_error_of_the_plugin_itself_is_noted(self, source):
        """What the plugin raises goes through, with a note naming it."""
        with pytest.raises(TypeError) as info:
            Parser().use("source", colour="red")
        assert "raised by articlekit plugin 'source'" in info.value.__notes__


class TestPluginOptions:
    def test_options_reach_the_plugin(self, source, dump, capsys):
        argv = ["parse", str(dump), "--plugin", "source"]
        argv += ["--plugin-option", "source.upper=true"]
        assert main(argv) == 0
        assert json.loads(capsys.readouterr().out)[0]["extras"]["source"].isupper()

    def test_several_plugins_each_with_options(self, install, source, dump, capsys):
        install(
            "articlekit-words",
            plugins={"words": "ak_words:words_plugin"},
            modules={"ak_words": WORDS_PLUGIN},
        )
        argv = ["parse", str(dump), "--plugin", "source", "--plugin", "words"]
        argv += ["--plugin-option", "words.name=n_words"]
        argv += ["--plugin-option", "source.before=headline"]
        argv += ["--plugin-option", 'source.label="Source"']
        assert main(argv) == 0
        extras = json.loads(capsys.readouterr().out)[0]["extras"]
        assert extras["source"] == "https://example.com/port-strike"
        assert extras["n_words"] > 0

    def test_values_are_json_or_strings(self, install, dump, capsys):
        """3 is a number, [..] a list, "3" and bare words strings."""
        install(
            "articlekit-echo",
            plugins={"echo": "ak_echo:echo_plugin"},
            modules={
                "ak_echo": (
                    "def echo_plugin(parser, **options):\n"
                    "    def echo(state):\n"
                    "        state.extras['options'] = options\n"
                    "        return False\n"
                    "    parser.pipeline.insert_before('body', 'echo', echo)\n"
                )
            },
        )
        argv = ["parse", str(dump), "--plugin", "echo"]
        for option in ["n=3", 'tags=["a", "b"]', 's="3"', "word=Topics", "x=null"]:
            argv += ["--plugin-option", f"echo.{option}"]
        assert main(argv) == 0
        options = json.loads(capsys.readouterr().out)[0]["extras"]["options"]
        assert options == {
            "n": 3,
            "tags": ["a", "b"],
            "s": "3",
            "word": "Topics",
            "x": None,
        }

    @pytest.mark.parametrize(
        ("option", "needle"),
        [
            ("upper=true", "write NAME.KEY=VALUE"),
            ("source.upper", "write NAME.KEY=VALUE"),
            ("words.n=1", "no --plugin words"),
            ("source.colour=red", "plugin 'source' failed: TypeError"),
        ],
    )
    def test_bad_options(self, source, dump, capsys, option, needle):
        argv = ["parse", str(dump), "--plugin", "source", "--plugin-option", option]
        assert main(argv) == 2
        _one_line_error(capsys, needle)

    def test_an_option_given_twice(self, source, dump, capsys):
        argv = ["parse", str(dump), "--plugin", "source"]
        argv += ["--plugin-option", "source.upper=true"] * 2
        assert main(argv) == 2
        _one_line_error(capsys, "source.upper given twice")


class TestPluginsCommand:
    def test_lists_name_distribution_version_description(self, install, source, capsys):
        install(
            "articlekit-words",
            "0.9",
            plugins={"words": "ak_words:words_plugin"},
            modules={"ak_words": WORDS_PLUGIN},
        )
        assert main(["plugins"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert [line.split()[:3] for line in out] == [
            ["source", "articlekit-source", "1.2"],
            ["words", "articlekit-words", "0.9"],
        ]
        assert out[0].endswith('Read "Source: URL" lines into extras["source"].')

    def test_shows_broken_and_clashing_plugins(self, install, source, capsys):
        install("other-source", plugins={"source": "other_source:source_plugin"})
        install("articlekit-gone", plugins={"gone": "ak_not_there:plugin"})
        assert main(["plugins"]) == 0
        out = capsys.readouterr().out
        assert "(name clash: 2 distributions)" in out
        gone = next(line for line in out.splitlines() if line.startswith("gone"))
        assert gone.split()[1:4] == ["articlekit-gone", "1.0", "(could"]
        assert "ModuleNotFoundError" in gone

    def test_subprocess_with_pythonpath(self, source, dump):
        """As a user runs it: the plugin found through PYTHONPATH."""
        src = Path(__file__).resolve().parents[2] / "src"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source), str(src)])}
        listed = subprocess.run(
            [sys.executable, "-m", "articlekit", "plugins"],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        assert listed.stdout.startswith("source  articlekit-source 1.2  Read")
        parsed = subprocess.run(
            [sys.executable, "-m", "articlekit", "parse", str(dump),
             "--plugin", "source", "--plugin-option", "source.upper=true"],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        assert json.loads(parsed.stdout)[0]["extras"]["source"].startswith("HTTPS://")


#: A cut-off page: no date, no headline line, no footer. Ordinary in real dumps.
CUT = """Traffic at the port has fallen by two-thirds since the walkout began. The \
shippers who rerouted their cargo say they will not hurry back. The ministry hopes \
that mediation works before the shelves of the shops run short of goods.

Talks resume on Friday, the ministry said.
"""
AMBIGUOUS = DUMP.replace("Dec 5, 2024", "03/04/2024")
DAMAGED = DUMP.replace("two-thirds", "two-th\ufffdrds")


@pytest.fixture
def three(tmp_path: Path) -> Path:
    folder = tmp_path / "three"
    folder.mkdir()
    for name, text in [
        ("a-cut", CUT),
        ("b-ambiguous", AMBIGUOUS),
        ("c-damaged", DAMAGED),
    ]:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


class TestStrictMode:
    def test_an_ordinary_cut_off_dump_passes(self, tmp_path, capsys):
        path = tmp_path / "cut.txt"
        path.write_text(CUT, encoding="utf-8")
        assert main(["parse", str(path), "--strict"]) == 0
        codes = {
            d["code"] for d in json.loads(capsys.readouterr().out)[0]["diagnostics"]
        }
        assert {"date.missing", "headline.missing", "comments.missing"} <= codes

    @pytest.mark.parametrize(
        ("options", "skipped"),
        [
            ([], []),
            (["--strict"], ["b-ambiguous", "c-damaged"]),
            (["--fail-on", "warning"], ["b-ambiguous", "c-damaged"]),
            (["--fail-on", "error"], ["c-damaged"]),
            (["--fail-on", "info"], ["a-cut", "b-ambiguous", "c-damaged"]),
            (["--strict", "--ignore", "date.ambiguous"], ["c-damaged"]),
            (["--strict", "--ignore", "date.*", "--ignore", "input.*"], []),
            (["--fail-on", "error", "--ignore", "input.replacement"], []),
        ],
    )
    def test_fail_on_and_ignore(self, three, capsys, options, skipped):
        status = main(["parse", str(three), "--format", "jsonl", *options])
        err = capsys.readouterr().err
        named = sorted(Path(line.split(": ")[1]).stem for line in err.splitlines()[:-1])
        assert named == skipped
        assert status == (1 if skipped else 0)

    def test_fail_on_takes_a_severity(self, three, capsys):
        with pytest.raises(SystemExit) as info:
            main(["parse", str(three), "--fail-on", "warnings"])
        assert info.value.code == 2

    def test_a_malformed_ignore(self, three, capsys):
        assert main(["parse", str(three), "--ignore", "quote*"]) == 2
        _one_line_error(capsys, "--ignore 'quote*'")

    @pytest.mark.skipif(
        not (
            Path(__file__).resolve().parents[3] / "shared" / "corpus" / "blogs"
        ).is_dir(),
        reason="../shared corpus not present",
    )
    def test_real_blog_dumps_mostly_pass(self, capsys):
        """At most 1 in 10 of the real blog dumps is refused by --strict."""
        blogs = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "blogs"
        main(["parse", str(blogs), "--strict", "--format", "jsonl", "--jobs", "1"])
        err = capsys.readouterr().err.splitlines()
        files = len(list(blogs.glob("*.txt")))
        assert err[-1].startswith(f"articlekit: {files} files (")
        assert len(err) - 1 <= files // 10, err


class TestSummaryLine:
    def test_warnings_and_errors_by_code_infos_totalled(self, three, capsys):
        assert main(["parse", str(three), "--format", "jsonl"]) == 0
        summary = capsys.readouterr().err.strip()
        assert summary.startswith(
            "articlekit: 3 files (0 skipped), 3 articles; errors: 1"
            " (input.replacement 1), warnings: 1 (date.ambiguous 1), infos: "
        )
        assert "byline.missing" not in summary
        assert summary.endswith(" s")

    def test_ignored_codes_are_left_out(self, three, capsys):
        main(
            ["parse", str(three), "--format", "jsonl", "--ignore", "input.replacement"]
        )
        summary = capsys.readouterr().err
        assert "errors: 0, warnings: 1 (date.ambiguous 1)" in summary

    def test_skipped_files_are_not_counted(self, three, capsys):
        main(["parse", str(three), "--format", "jsonl", "--strict"])
        summary = capsys.readouterr().err.splitlines()[-1]
        assert (
            "3 files (2 skipped), 1 articles; errors: 0, warnings: 0, infos: "
            in summary
        )


def test_a_refused_plugin_leaves_no_output_file(tmp_path, dump, capsys):
    """The plugins are checked before --output is opened (which creates it)."""
    out = tmp_path / "out.json"
    assert main(["parse", str(dump), "--plugin", "nope", "--output", str(out)]) == 2
    assert not out.exists()


def test_workers_get_the_plugins_options_and_policy(tmp_path, source, capsys):
    """With --jobs 2 each worker builds the same parser: plugin, options, policy."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    for name in "abcd":
        (folder / f"{name}.txt").write_text(DUMP, encoding="utf-8")
    (folder / "e.txt").write_text(AMBIGUOUS, encoding="utf-8")
    argv = ["parse", str(folder), "--format", "jsonl", "--jobs", "2", "--strict"]
    argv += ["--plugin", "source", "--plugin-option", "source.upper=true"]
    assert main([*argv, "--ignore", "date.ambiguous"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["extras"]["source"][:8] for line in lines] == [
        "HTTPS://"
    ] * 5
    assert main(argv) == 1
    assert "e.txt: 1:1: warning date.ambiguous" in capsys.readouterr().err
