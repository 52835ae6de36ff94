"""The generated layer of the actor knowledge base: ~15,000 office-holders from people_generated.tsv and
roles_generated.tsv (build_people.py), indexed by name on first use and turned into Actors only when asked for."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional


class GeneratedPeople:
    """Name -> rows index over people_generated.tsv. Its names_zh are simplified lookup keys already (the build
    and tests check), so no OpenCC pass is needed; names_tw holds their traditional forms."""

    def __init__(self, people: Optional[Path], roles: Optional[Path], make_actor: Callable, make_role: Callable):
        self._make_actor, self._make_role = make_actor, make_role
        self._roles_path = roles
        self._rows: list[list[str]] = []
        self._header: list[str] = []
        self._made: dict[int, object] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_short: dict[str, list[int]] = {}
        self.by_id: dict[str, int] = {}
        self._roles: Optional[dict[str, list]] = None
        if people is not None:
            self._index(people)

    def _index(self, path: Path) -> None:
        with path.open(encoding="utf-8") as fh:
            lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
        self._header = lines[0].split("\t")
        ident, name_en, names, shorts = (self._header.index(c) for c in ("id", "name_en", "names_zh", "short_zh"))
        by_name, by_short = self.by_name, self.by_short
        for i, line in enumerate(lines[1:]):
            row = line.split("\t")
            self._rows.append(row)
            self.by_id[row[ident]] = i
            for key in {*row[names].split("|"), row[name_en].casefold()}:
                by_name.setdefault(key, []).append(i)
            if row[shorts]:
                for key in row[shorts].split("|"):
                    by_short.setdefault(key, []).append(i)

    def __len__(self) -> int:
        return len(self._rows)

    def actor(self, i: int):
        if i not in self._made:
            self._made[i] = self._make_actor(dict(zip(self._header, self._rows[i])))
        return self._made[i]

    def named(self, key: str) -> list:
        return [self.actor(i) for i in self.by_name.get(key, [])]

    def short(self, key: str) -> list:
        return [self.actor(i) for i in self.by_short.get(key, [])]

    def get(self, actor_id: str):
        i = self.by_id.get(actor_id)
        return None if i is None else self.actor(i)

    def roles(self, person_id: str) -> list:
        """Offices of a generated person (roles_generated.tsv is read on the first call)."""
        if self._roles is None:
            self._roles = {}
            if self._roles_path is not None and self._roles_path.exists():
                with self._roles_path.open(encoding="utf-8") as fh:
                    lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
                header = lines[0].split("\t")
                for line in lines[1:]:
                    row = dict(zip(header, line.split("\t")))
                    self._roles.setdefault(row["person_id"], []).append(self._make_role(row))
        return self._roles.get(person_id, [])
