from svarsinkorg.intake.roster import read_roster


def test_csv_roster_with_several_addresses_and_bad_rows(tmp_path):
    p = tmp_path / "roster.csv"
    p.write_text(
        "name,email,org_number\n"
        "Hyllie IF,kansli@hyllieif.se,802557-1038\n"
        "Malmö Bridge Club,malmobridgeclub@gmail.com;ordforande@malmobridge.se,\n"
        ",nobody@x.se,1\n"
        "Trasig Förening,inte-en-adress,2\n"
        "Gröna,info@gröna.se,\n",
        encoding="utf-8",
    )
    r = read_roster(p)
    assert [row.name for row in r.rows] == ["Hyllie IF", "Malmö Bridge Club", "Gröna"]
    assert r.rows[1].emails == ("malmobridgeclub@gmail.com", "ordforande@malmobridge.se")
    assert r.rows[0].org_number == "802557-1038"
    assert r.rows[1].org_number is None
    assert [line for line, _ in r.skipped] == [4, 5]
    assert "name" in r.skipped[0][1]
    assert "inte-en-adress" in r.skipped[1][1]


def test_semicolon_separated_excel_csv_in_cp1252(tmp_path):
    p = tmp_path / "roster.csv"
    p.write_bytes("name;email\nVäster Seniorklubb;vaster@telia.com\n".encode("cp1252"))
    r = read_roster(p)
    assert [(x.name, x.emails) for x in r.rows] == [("Väster Seniorklubb", ("vaster@telia.com",))]


def test_xlsx_roster(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Email", "org_number"])
    ws.append(["Kvinnocafé Fosie", "kvinnocafefosie@hotmail.com, extra@fosie.se", "802580-8604"])
    p = tmp_path / "roster.xlsx"
    wb.save(p)
    r = read_roster(p)
    assert r.rows[0].emails == ("kvinnocafefosie@hotmail.com", "extra@fosie.se")
