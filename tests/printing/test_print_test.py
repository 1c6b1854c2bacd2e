from __future__ import annotations

from pathlib import Path

import pytest

from station_app.printing import print_test, print_test_command
from station_app.printing.receipts import parse_verification_payload
from station_app.printing.text_encoding import text_width
from tests.printing.escpos_decoder import decode
from tests.printing.fake_printer import FakePrinter


@pytest.mark.parametrize(("argv", "columns"), [([], 32), (["--width", "80"], 48)])
def test_print_test_command_against_the_fake_printer(
    fake_printer: FakePrinter, argv: list[str], columns: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert print_test_command(["--printer", fake_printer.uri(), *argv]) == 0
    assert "printed" in capsys.readouterr().out
    (job,) = fake_printer.jobs
    assert job.startswith(b"\x1b@\x1c&")  # ESC @, FS &
    decoded = decode(job)
    assert decoded.errors == []
    assert decoded.four_byte_sequences == 0
    texts = [line.text for line in decoded.text_lines]
    assert texts[0] == "幸福里社区服务站"
    assert "中文打印测试：社区服务站欢迎您！" in texts
    assert any(text.startswith("Colgate 牙膏 120g (薄荷)") for text in texts)
    assert any(text.startswith("合计") and text.endswith("￥51.40") for text in texts)
    assert "1234567890" * (columns // 10) + "1234567890"[: columns % 10] in texts
    for line in decoded.text_lines:
        assert line.columns_used <= columns, line
        assert text_width(line.text) == len(line.text.encode("gb18030"))
    (qr,) = decoded.markers("QR")
    payload = parse_verification_payload(qr.value)
    assert payload.receipt_no.startswith("TEST-") and payload.amount_fen == 5140
    assert decoded.markers("CUT")
    assert decoded.markers("DRAWER") == []


def test_print_test_raster_mode(fake_printer: FakePrinter) -> None:
    assert print_test_command(["--printer", fake_printer.uri(), "--mode", "raster"]) == 0
    decoded = decode(fake_printer.jobs[0])
    assert decoded.errors == [] and not decoded.chinese_mode_seen
    assert {marker.value.split("×")[0] for marker in decoded.markers("IMAGE")} == {"384"}
    assert decoded.markers("QR") and decoded.markers("CUT")


def test_print_test_reports_paper_out_and_sends_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with FakePrinter("paper_out") as printer:
        assert print_test_command(["--printer", printer.uri()]) == 2
        assert printer.jobs == []
    assert "Paper out" in capsys.readouterr().out


def test_print_test_bad_uri_and_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    assert print_test_command(["--printer", "lpt1"]) == 1
    assert "cannot be used" in capsys.readouterr().err
    with FakePrinter() as printer:
        port = printer.port
    assert print_test_command(["--printer", f"tcp://127.0.0.1:{port}?timeout=0.5"]) == 1
    assert "cannot be reached" in capsys.readouterr().err


def test_print_test_to_preview_saves_a_png(tmp_path: Path) -> None:
    outcome = print_test(f"preview://{tmp_path}", 48, "text", "测试站")
    assert outcome.result == "printed" and outcome.image is not None
    assert outcome.image.parent == tmp_path and outcome.image.suffix == ".png"
