import pytest

from dossier.errors import DossierError
from dossier.write import safe_relpath, write_site


@pytest.mark.parametrize("path", ["../x.html", "/etc/passwd", "a/../../b", "a\\..\\b", ""])
def test_paths_cannot_escape_the_output_folder(path):
    with pytest.raises(DossierError):
        safe_relpath(path)


def test_write_is_atomic_and_replaces_the_old_site(tmp_path):
    out = tmp_path / "site"
    write_site({"a.html": b"1", "sub/b.html": b"2"}, out)
    write_site({"c.html": b"3"}, out)
    assert sorted(p.name for p in out.rglob("*.html")) == ["c.html"]
    with pytest.raises(DossierError):
        write_site({"ok.html": b"x", "../evil.html": b"x"}, out)
    assert (out / "c.html").read_bytes() == b"3" and not (tmp_path / "evil.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"], "no temporary folder left behind"
