"""Packaging and structure: dependencies agree, and layers import only downwards."""

import ast
import subprocess
import sys

import yaml

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from tests.conftest import ROOT

# Rank of each part of the package; a module may import only parts of lower or equal rank.
LAYERS = {
    "kit.errors": 0,
    "kit.fileio": 0,
    "kit.paths": 0,
    "kit.model": 1,
    "kit.analysis": 2,
    "kit.views": 3,
    "kit.figures": 3,
    "kit.widgets": 4,
    "kit.store": 5,
    "kit.articles": 5,
    "kit.keys": 5,
    "kit.taxonomies": 5,
    "kit.claims_activity": 6,
    "kit.votes_activity": 6,
    "kit.sourcing_activity": 6,
    "kit.exporting": 6,
    "kit.class_reporting": 6,
    "kit.quiz_activity": 6,
    "kit.lesson_build": 6,
    "kit.cli": 6,
    "kit": 6,
}
UI_PACKAGES = {"ipywidgets", "plotly", "IPython", "anywidget"}


def rank(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in LAYERS:
            return LAYERS[".".join(parts[:n])]
    raise AssertionError(f"{module} belongs to no layer; add it to LAYERS")


def imports_of(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_layers_import_only_downwards():
    problems = []
    for path in sorted((ROOT / "kit").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        own = rank(module)
        for imported in imports_of(path):
            if imported.split(".")[0] == "kit" and imported != "kit" and rank(imported) > own:
                problems.append(
                    f"{module} (layer {own}) imports {imported} (layer {rank(imported)})"
                )
            if own <= 2 and imported.split(".")[0] in UI_PACKAGES:
                problems.append(f"{module} (layer {own}) imports the UI package {imported}")
    assert problems == []


def test_every_module_has_a_one_line_docstring():
    for path in (ROOT / "kit").rglob("*.py"):
        docstring = ast.get_docstring(ast.parse(path.read_text()))
        assert docstring and "\n" not in docstring.strip(), path


IMPORT_TO_DISTRIBUTION = {"yaml": "pyyaml", "IPython": "ipython"}


def test_every_package_the_kit_imports_is_a_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {
        d.split(">")[0].split("=")[0].split(";")[0].strip().lower() for d in project["dependencies"]
    }
    imported = set()
    for path in (ROOT / "kit").rglob("*.py"):
        imported |= {name.split(".")[0] for name in imports_of(path)}
    third_party = {
        name for name in imported if name not in sys.stdlib_module_names and name != "kit"
    }
    missing = {IMPORT_TO_DISTRIBUTION.get(name, name) for name in third_party} - declared
    assert missing == set()


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    assert sorted(d for d in pip_section if d != "-e .") == sorted(project["dependencies"])
    assert "-e ." in pip_section
    python = next(
        d for d in environment["dependencies"] if isinstance(d, str) and d.startswith("python")
    )
    assert python == "python" + project["requires-python"]
    for required in ("jupyterlab", "ipywidgets", "textblob", "plotly"):
        assert any(d.startswith(required + ">=") for d in project["dependencies"])


def test_import_kit_is_light():
    code = "import sys, kit; print(sorted(m for m in ('ipywidgets', 'plotly', 'pandas', 'textblob') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_notebook_api_survives_importing_every_module():
    code = (
        "import importlib, pkgutil, kit\n"
        "for m in pkgutil.walk_packages(kit.__path__, 'kit.'): importlib.import_module(m.name)\n"
        "import kit.quiz_activity, kit.claims_activity\n"
        "assert all(callable(getattr(kit, name)) for name in kit.__all__ if name != '__version__'), "
        "[n for n in kit.__all__ if not callable(getattr(kit, n))]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
