"""The verifier: runs trusted test cells again on saved models; never runs student code.

Started by `replay.Verifier` in a sandbox. Reads one JSON job per line on
stdin — {"setup": [source, ...], "test": source, "models": [path, ...]} —
and answers one JSON line: {"verdict": "confirmed" | "refuted" |
"unverifiable", "message" | "reason": ...}.

Models are loaded with `keras.saving.load_model(path, safe_mode=True)`
after their config has been read and every class found to be Keras's own:
a saved custom class or Lambda is "unverifiable", never executed; the answer
names those classes ("classes") and which model it was ("record"), so that the
grader can ask whether the learner's function uses them at all.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import sys
import zipfile


class Unverifiable(Exception):
    """Why a verdict cannot be recomputed; `classes`: the saved model's classes that are not
    Keras's own ("Lambda" for a Lambda layer), when that is the reason."""

    def __init__(self, reason: str, classes: list[str] | None = None):
        super().__init__(reason)
        self.classes = classes or []


def _classes(config):
    """Every (module, class_name, registered_name, config) in a saved Keras config."""
    if isinstance(config, dict):
        if "class_name" in config:
            yield (
                config.get("module"),
                config.get("class_name"),
                config.get("registered_name"),
                config.get("config"),
            )
        for value in config.values():
            yield from _classes(value)
    elif isinstance(config, list):
        for value in config:
            yield from _classes(value)


def load(path: str):
    import keras

    try:
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
    except Exception as exc:  # not a saved model at all
        raise Unverifiable(f"cannot be read: {type(exc).__name__}") from exc
    reasons, classes = [], []
    for module, name, registered, inner in _classes(config):
        own = module is None and registered is not None and not str(name).startswith("__")
        if module == "builtins":  # a function of the learner's (a Lambda's, an activation)
            reasons.append(f"a function of the notebook's ({inner})")
            classes.append(str(inner))
        elif own or (module is not None and not str(module).startswith("keras")):
            # (Keras saves a class of the learner's with no module: `module: null`)
            reasons.append(f"custom class {name} ({module or 'the notebook'})")
            classes.append(str(name))
        elif registered not in (None, name) and not str(registered).startswith("keras"):
            reasons.append(f"registered class {registered}")
            classes.append(str(name))
        elif name == "Lambda":
            reasons.append("a Lambda layer")
            classes.append("Lambda")
    if reasons:
        raise Unverifiable(reasons[0], list(dict.fromkeys(classes)))
    try:
        return keras.saving.load_model(path, safe_mode=True, compile=False)
    except Exception as exc:
        raise Unverifiable(f"cannot be loaded safely: {type(exc).__name__}") from exc


class Placeholder:
    """Stands for a name of the student's code: it is never called here."""

    def __init__(self, name):
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        raise Unverifiable(f"the test cell calls {self.__name__}() directly")


class Replaying:
    """`ag` for the test cell: the same checks; build() hands out the saved models."""

    def __init__(self, ag, models):
        self._ag = ag
        self._models = list(models)

    def __getattr__(self, name):
        return getattr(self._ag, name)

    def build(self, function, *args, **kwargs):
        if args or kwargs or not self._models:
            raise Unverifiable("build() with arguments")
        return self._models.pop(0)

    def call(self, function, *args, **kwargs):
        raise Unverifiable("the task calls the student's code with arguments")


def _free_names(source: str) -> set[str]:
    import ast

    tree = ast.parse(source)
    stored = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)
    }
    stored |= {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    stored |= {
        a.asname or a.name.split(".")[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.Import | ast.ImportFrom)
        for a in n.names
    }
    loaded = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    return loaded - stored - set(dir(builtins))


def replay(job: dict) -> dict:
    import keras

    import autograder

    autograder.load_all()
    keras.backend.clear_session()
    models = []
    for number, path in enumerate(job["models"]):
        try:
            models.append(load(path))
        except Unverifiable as exc:  # "model": the saved model itself is the reason
            return {
                "verdict": "unverifiable",
                "reason": str(exc),
                "model": True,
                "record": number,  # which of the cell's models
                "classes": exc.classes,
                "unreadable": str(exc).startswith("cannot be read"),
            }
    namespace: dict = {"__name__": "__main__"}
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            for source in job["setup"]:
                exec(compile(source, "<setup>", "exec"), namespace)
            namespace["ag"] = Replaying(autograder, models)
            for name in _free_names(job["test"]) - set(namespace):
                namespace[name] = Placeholder(name)
            exec(compile(job["test"], "<test>", "exec"), namespace)
    except Unverifiable as exc:
        return {"verdict": "unverifiable", "reason": str(exc)}
    except (autograder.CheckFailed, AssertionError) as exc:
        return {"verdict": "refuted", "message": str(exc)}
    except Exception as exc:
        return {"verdict": "unverifiable", "reason": f"replay failed: {type(exc).__name__}: {exc}"}
    return {"verdict": "confirmed"}


def serve(jobs, answers) -> None:
    """Answer each job (one JSON line) with a verdict (one JSON line), until jobs end."""
    for line in jobs:
        try:
            answer = replay(json.loads(line))
        except Exception as exc:
            answer = {"verdict": "unverifiable", "reason": f"{type(exc).__name__}: {exc}"}
        answers.write(json.dumps(answer) + "\n")
        answers.flush()


def main() -> int:
    from autograder.quiet import import_keras

    import_keras()
    serve(sys.stdin, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
