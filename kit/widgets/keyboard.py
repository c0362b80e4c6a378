"""A focusable card that shows HTML and sends its widget's shortcut keys to Python (anywidget)."""

from __future__ import annotations

from collections.abc import Callable

import anywidget
import traitlets

# JupyterLab handles command-mode keys (a, b, 1, arrows...) on the document in the bubbling phase and
# skips events whose default was prevented: handling the keys at the labeler's root and stopping them
# there keeps a label key from inserting a cell. Keys typed in a text field are left alone.
_ESM = """
const IGNORED = new Set(["INPUT", "TEXTAREA", "SELECT"]);

function render({ model, el }) {
  const card = document.createElement("div");
  card.className = "kit-keycard";
  card.tabIndex = 0;
  card.setAttribute("role", "region");
  const body = document.createElement("div");
  const hint = document.createElement("div");
  hint.className = "kit-keyhint";
  card.append(body, hint);
  el.append(card);
  const draw = () => {
    body.innerHTML = model.get("html");  // built by Python with every text escaped
    hint.textContent = model.get("hint");
    card.setAttribute("aria-label", model.get("aria_label"));
  };
  draw();
  model.on("change:html", draw);
  model.on("change:hint", draw);

  const onKey = (event) => {
    const target = event.target;
    if (IGNORED.has(target.tagName) || target.isContentEditable) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const ours = model.get("shortcut_keys").includes(event.key);
    // Swallow every other plain key too, so a stray "b", "m" or arrow cannot edit the notebook.
    if (!ours && event.key.length !== 1 && !event.key.startsWith("Arrow")) return;
    event.preventDefault();
    event.stopPropagation();
    if (ours) model.send({ type: "key", key: event.key, sent_at: Date.now() });
  };
  let scope = null;
  const attach = (tries) => {
    scope = el.closest("." + model.get("scope_class"));
    if (!scope && tries > 0) return setTimeout(() => attach(tries - 1), 100);
    scope = scope || card;
    scope.addEventListener("keydown", onKey);
  };
  attach(50);
  card.addEventListener("click", () => card.focus({ preventScroll: true }));
  model.on("msg:custom", (msg) => {
    if (msg.type === "focus") card.focus({ preventScroll: true });
  });
  return () => scope && scope.removeEventListener("keydown", onKey);
}
export default { render };
"""

_CSS = """
.kit-keycard { outline: 2px dashed transparent; border-radius: 6px; padding: .4em .6em; cursor: default; }
.kit-keycard:focus { outline-color: #1976d2; }
.kit-labeler:not(:focus-within) .kit-keyhint::before { content: "Click here to use the keys. "; font-weight: 600; }
.kit-keyhint { font-size: .8em; color: var(--jp-ui-font-color2, #666); margin-top: .3em; }
"""


class KeyboardCard(anywidget.AnyWidget):
    """Shows ``html``; calls ``on_key(key)`` for each of ``shortcut_keys`` pressed inside the element whose
    class is ``scope_class`` (the whole labeler), unless the key goes to a text field."""

    _esm = _ESM
    _css = _CSS
    html = traitlets.Unicode("").tag(sync=True)
    hint = traitlets.Unicode("").tag(sync=True)
    aria_label = traitlets.Unicode("").tag(sync=True)
    shortcut_keys = traitlets.List(traitlets.Unicode()).tag(sync=True)
    scope_class = traitlets.Unicode("kit-labeler").tag(sync=True)

    def __init__(self, on_key: Callable[[str], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self._on_key = on_key
        self.on_msg(self._received)

    def _received(self, _widget, content: dict, _buffers) -> None:
        if (
            isinstance(content, dict)
            and content.get("type") == "key"
            and content.get("key") in self.shortcut_keys
        ):
            self._on_key(content["key"])

    def focus(self) -> None:
        self.send({"type": "focus"})
