"""The editor's review loop: `dossier check` proposes YAML; accepting, merging or rejecting an
automatic actor with that YAML has the promised effect on the next build."""
from __future__ import annotations

import yaml

from dossier.check import run_check
from conftest import article

BODY = "Jean Dupont a rencontré Marie Durand et Paul Bernard à Lyon. Plus tard, Dupont a salué Durand.\n"


def _check(proj) -> str:
    lines = []
    run_check(proj, lines.append)
    return "\n".join(lines)


def test_check_lists_automatic_actors_with_yaml_to_paste(project):
    proj = project({"content/articles/a.md": article(body=BODY)})
    report = _check(proj)
    assert "# Jean Dupont: 2 mention(s)" in report
    block = report.split("# Jean Dupont:")[1].split("# accept:\n")[1].split("# or reject")[0]
    accepted = yaml.safe_load("\n".join(line[4:] for line in block.splitlines()))
    assert accepted == [{"id": "jean-dupont", "name": "Jean Dupont", "kind": "person"}]


def test_accept_merge_and_reject(project, built):
    registry = """
        actors:
          - {id: jean-dupont, name: Jean Dupont, kind: person}
          - {id: marie-durand, name: Marie Durand-Martin, kind: person, aliases: [Marie Durand]}
        rejected: [Paul Bernard]
    """
    proj = project({"content/articles/a.md": article(body=BODY), "content/actors.yml": registry})
    _, _, data = built(proj)
    actors = {a["id"]: a for a in data("actors")}
    assert actors["jean-dupont"]["reviewed"] and actors["jean-dupont"]["mention_count"] == 2
    # the merge (an alias) keeps every mention, the surname included
    assert actors["marie-durand"]["mention_count"] == 2
    assert not any(a["name"] == "Marie Durand" for a in data("actors"))
    mentions = data("articles")[0]["mentions"]
    assert not [m for m in mentions if "Bernard" in m["text"]]
    assert not any("Bernard" in a["name"] for a in data("actors"))
    assert "# Jean Dupont" not in _check(proj)
