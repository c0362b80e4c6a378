import subprocess
import sys

from kit.cli import main
from tests.conftest import ARTICLE_ID, RAW_SEED


def test_help_lists_the_commands():
    result = subprocess.run(
        [sys.executable, "-m", "kit.cli", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    for command in ("import", "articles", "lessons"):
        assert command in result.stdout


def test_import_writes_prints_notes_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "seed.json"
    assert main(["import", str(RAW_SEED), "--id", ARTICLE_ID, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "11 comments" in printed and "announces 12 comments" in printed
    first = out.read_bytes()

    assert main(["import", str(RAW_SEED), "--id", ARTICLE_ID, "--out", str(out)]) == 2
    assert "already exists; add --force" in capsys.readouterr().err
    assert main(["import", str(RAW_SEED), "--id", ARTICLE_ID, "--out", str(out), "--force"]) == 0
    assert out.read_bytes() == first


def test_bad_input_exits_nonzero_with_file_line_and_leaves_nothing(tmp_path, capsys):
    raw = tmp_path / "page.txt"
    raw.write_text("Headline only\n\n3 Comments\n\n© Thomson Reuters 2023.\n")
    out = tmp_path / "out.json"
    assert main(["import", str(raw), "--id", "x", "--out", str(out)]) == 2
    assert f"{raw}:1: expected article paragraphs" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == [raw]


def test_non_utf8_input_names_the_line(tmp_path, capsys):
    raw = tmp_path / "latin1.txt"
    raw.write_bytes(b"Headline\n\nCaf\xe9 story.\n")
    assert main(["import", str(raw), "--id", "x", "--out", str(tmp_path / "o.json")]) == 2
    assert f"{raw}:3: expected UTF-8 text" in capsys.readouterr().err


def test_articles_lists_the_bundled_article(capsys):
    assert main(["articles"]) == 0
    assert (
        "china-counter-espionage\tChina wants to mobilize entire nation" in capsys.readouterr().out
    )


def test_lessons_check_passes_on_the_committed_lessons(capsys):
    assert main(["lessons", "check"]) == 0
