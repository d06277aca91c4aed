import mailbox

from helpers import reply

from svarsinkorg.intake.sources import SourceError, iter_sources


def test_folder_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.eml").write_bytes(reply("två", message_id="<2@x>"))
    (tmp_path / "1.eml").write_bytes(reply("ett", message_id="<1@x>"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    got = list(iter_sources([tmp_path]))
    assert [o.rsplit("/", 1)[-1] for o, _ in got] == ["1.eml", "2.eml"]


def test_mbox_yields_each_message_without_from_line(tmp_path):
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(str(path))
    for i in range(3):
        box.add(reply(f"svar {i}", message_id=f"<{i}@x>"))
    box.close()
    got = list(iter_sources([path]))
    assert len(got) == 3
    assert got[1][0].endswith("#2")
    assert not got[0][1].startswith(b"From ")
    assert b"<1@x>" in got[1][1]


def test_missing_and_empty_files_are_reported_not_raised(tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    got = list(iter_sources([tmp_path / "nope.eml", empty]))
    assert all(isinstance(g, SourceError) for g in got)
    assert "no such file" in got[0].reason
    assert "empty" in got[1].reason
