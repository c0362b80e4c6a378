"""Every command in the teacher's guide runs as written, in order, on a copy of the data."""

import os
import re
import shlex
import shutil
import subprocess
import sys

import kit
from tests.conftest import ROOT

GUIDE = ROOT / "lessons" / "TEACHER-GUIDE.md"


def guide_commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", GUIDE.read_text(), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_the_guide_has_the_teachers_commands():
    commands = [c.split()[1] for c in guide_commands()]
    for needed in ("export", "report", "import", "articles", "key", "lessons"):
        assert needed in commands


def test_every_command_in_the_guide_runs(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.setenv("KIT_DATA_DIR", str(tmp_path / "data"))
    kit.claims("body", student="ana").labeler().set_label(
        "fact"
    )  # a student's saved work to export
    env = {**os.environ}
    for command in guide_commands():
        words = shlex.split(command)
        assert words[0] == "kit", command
        result = subprocess.run(
            [sys.executable, "-m", "kit.cli", *words[1:]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    assert (tmp_path / "data" / "articles" / "my-article.json").exists()
    assert "FILL IN" in (tmp_path / "data" / "keys" / "my-article.claims.json").read_text()
    assert "1 used, 0 set aside" in (tmp_path / "class-report.html").read_text()
    started = kit.claims("body", article_id="my-article")
    assert set(started.skipped.values()) == {"the answer key has no label for this sentence yet"}
